package dev.berth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Equal declarations make equal specs, whatever they wait for: a shared container is found by its spec, so a spec
 * part with identity equality (a {@code Pattern}, a class without {@code equals}) would start it twice. No engine.
 */
@NoEngine
class ContainerSpec_equals_Test {

    private static final Wait.Check ANSWERS = container -> true;

    static Stream<Arguments> everyKindOfWait() {
        return Stream.of(
                wait("running", Wait::forRunning),
                wait("log", () -> Wait.forLogMessage("^ready( now)?$", 2)),
                wait("port", () -> Wait.forPort(8080)),
                wait("http", () -> Wait.forHttp("/health").forPort(8080).forStatus(204)),
                wait("healthy", Wait::forHealthy),
                wait("command", () -> Wait.forCommand("test", "-f", "/ready")),
                wait("exited", Wait::forExit),
                wait("all", () -> Wait.all(Wait.forLogMessage("up", 1), Wait.forHttp("/"))),
                wait("until", () -> Wait.until("a query answers", ANSWERS)),
                wait("any", () -> Wait.any(Wait.forPort(5432), Wait.until("a query answers", ANSWERS))),
                wait("with a timeout", () -> Wait.forLogMessage("up", 1).withTimeout(Duration.ofSeconds(30))));
    }

    private static Arguments wait(String kind, Supplier<WaitStrategy> wait) {
        return Arguments.of(kind, wait);
    }

    private static ContainerSpec spec(WaitStrategy wait) {
        return ContainerSpec.of("busybox:stable").withName("db").withCommand("sleep", "300").withExposedPorts(8080)
                .withWaitFor(wait);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfWait")
    void specsBuiltTwiceAreEqual(String kind, Supplier<WaitStrategy> wait) {
        // GIVEN two specs built the same way, each with its own wait strategy instance
        ContainerSpec one = spec(wait.get());
        ContainerSpec two = spec(wait.get());
        // THEN they are equal, with equal hash codes
        assertThat(one.waitFor()).isEqualTo(two.waitFor()).hasSameHashCodeAs(two.waitFor());
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfWait")
    void aDifferentTimeoutMakesADifferentSpec(String kind, Supplier<WaitStrategy> wait) {
        assertThat(spec(wait.get())).isNotEqualTo(spec(wait.get().withTimeout(Duration.ofMillis(1234))));
    }
}
