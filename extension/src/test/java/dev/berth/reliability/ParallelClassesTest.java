package dev.berth.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.berth.ContainerHandle;
import dev.berth.Named;
import dev.berth.WithContainer;
import dev.berth.internal.Session;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Eight test classes with four containers each, run by JUnit in parallel: all pass, they did run at the same time,
 * and nothing is left afterwards.
 */
class ParallelClassesTest {

    static final String LABEL = "berth-reliability=parallel";
    static final AtomicInteger running = new AtomicInteger();
    static final AtomicInteger mostAtOnce = new AtomicInteger();
    static final java.util.concurrent.CountDownLatch twoAtOnce = new java.util.concurrent.CountDownLatch(2);

    @Test
    void eightClassesOfFourContainersInParallel() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ATestCase.class), selectClass(BTestCase.class), selectClass(CTestCase.class),
                        selectClass(DTestCase.class), selectClass(ETestCase.class), selectClass(FTestCase.class),
                        selectClass(GTestCase.class), selectClass(HTestCase.class))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .configurationParameter(Fixture.PARAMETER, "true")
                .execute();
        results.containerEvents().assertStatistics(s -> s.failed(0));
        results.testEvents().assertStatistics(s -> s.started(8).succeeded(8).failed(0));
        assertThat(mostAtOnce.get()).as("test bodies running at the same time").isGreaterThan(1);
        assertThat(Reliability.docker().containers().list(true, Map.of("label", List.of(LABEL, Session.current().labelFilter()))))
                .as("containers left behind").isEmpty();
    }

    /** Four containers for a class. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @WithContainer(name = "a", image = "busybox:stable", command = {"sleep", "300"}, labels = LABEL)
    @WithContainer(name = "b", image = "busybox:stable", command = {"sleep", "300"}, labels = LABEL)
    @WithContainer(name = "c", image = "busybox:stable", command = {"sleep", "300"}, labels = LABEL)
    @WithContainer(name = "d", image = "busybox:stable", command = {"sleep", "300"}, labels = LABEL)
    @interface FourContainers {
    }

    @Fixture
    abstract static class Base {
        @Test
        void allFourAnswer(@Named("a") ContainerHandle a, @Named("b") ContainerHandle b, @Named("c") ContainerHandle c,
                           @Named("d") ContainerHandle d) throws InterruptedException {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                for (ContainerHandle h : List.of(a, b, c, d)) {
                    assertThat(h.exec("echo", h.name()).stdout()).isEqualTo(h.name() + "\n");
                }
                assertThat(List.of(a.id(), b.id(), c.id(), d.id())).doesNotHaveDuplicates();
                // the first two bodies meet here: with classes run one after another, the first would wait in vain
                twoAtOnce.countDown();
                twoAtOnce.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @FourContainers
    static class ATestCase extends Base {
    }

    @FourContainers
    static class BTestCase extends Base {
    }

    @FourContainers
    static class CTestCase extends Base {
    }

    @FourContainers
    static class DTestCase extends Base {
    }

    @FourContainers
    static class ETestCase extends Base {
    }

    @FourContainers
    static class FTestCase extends Base {
    }

    @FourContainers
    static class GTestCase extends Base {
    }

    @FourContainers
    static class HTestCase extends Base {
    }
}
