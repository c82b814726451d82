package dev.berth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Wait#until} and {@link Wait#any} as values, and a class implementing WaitStrategy itself (no engine). */
@NoEngine
class Wait_until_Test {

    private static final Wait.Check ANSWERS = container -> true;

    @Test
    void untilWithTheSameDescriptionAndCheckIsEqual() {
        assertThat(Wait.until("a query answers", ANSWERS)).isEqualTo(Wait.until("a query answers", ANSWERS))
                .hasSameHashCodeAs(Wait.until("a query answers", ANSWERS));
        assertThat(Wait.until("a query answers", ANSWERS)).isNotEqualTo(Wait.until("a query answers", container -> true));
        assertThat(ContainerSpec.of("busybox:stable").withWaitFor(Wait.any(Wait.forPort(5432), Wait.until("a query answers", ANSWERS))))
                .isEqualTo(ContainerSpec.of("busybox:stable").withWaitFor(Wait.any(Wait.forPort(5432), Wait.until("a query answers", ANSWERS))));
    }

    @Test
    void untilDescribesWhatIsAwaited() {
        WaitStrategy until = Wait.until("a query answers", ANSWERS).withTimeout(Duration.ofSeconds(5));
        assertThat(until.description()).isEqualTo("a query answers");
        assertThat(until.timeout()).contains(Duration.ofSeconds(5));
        assertThat(Wait.any(Wait.forPort(5432), until).description())
                .isEqualTo("one of: port 5432 listening inside the container, or a query answers");
    }

    @Test
    void untilRequiresADescription() {
        assertThatThrownBy(() -> Wait.until(" ", ANSWERS)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Wait.until requires a description of what is awaited, e.g. \"a query answers\", for the messages, but it was blank");
    }

    @Test
    void aClassImplementingWaitStrategyItselfIsRefusedWhereItIsDeclared() {
        String expected = "A wait strategy must be made by Wait (Wait.until(description, check) for a check of your own), but ["
                + OwnWait.class.getName() + "] implements WaitStrategy itself, which Berth cannot run: write its check as"
                + " Wait.until(\"the topic to exist\", container -> ..), which Berth polls with the same timeout, exit detection"
                + " and report as its own waits.";
        assertThatThrownBy(() -> ContainerSpec.of("busybox:stable").withWaitFor(new OwnWait()))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(expected);
        assertThatThrownBy(() -> Wait.all(Wait.forPort(80), new OwnWait())).hasMessage(expected);
        assertThatThrownBy(() -> Wait.any(Wait.forPort(80), new OwnWait())).hasMessage(expected);
    }

    static final class OwnWait implements WaitStrategy {
        @Override
        public Optional<Duration> timeout() {
            return Optional.empty();
        }

        @Override
        public WaitStrategy withTimeout(Duration timeout) {
            return this;
        }

        @Override
        public String description() {
            return "the topic to exist";
        }
    }
}
