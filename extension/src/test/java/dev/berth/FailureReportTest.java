package dev.berth;

import static dev.berth.BerthTestKit.IMAGE;
import static dev.berth.BerthTestKit.assertThat;
import static dev.berth.BerthTestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Failure reports (log tails) and startup-time reports. */
class FailureReportTest {

    @Test
    void aFailedTestCarriesTheLastLogLinesOfEveryContainerInScope() {
        BerthTestKit.Run run = run(FailingTestCase.class);

        Throwable failure = assertThat(run).hasSingleFailedTest().hasMessage("boom").actual();
        assertThat(failure.getSuppressed()).hasSize(2).allSatisfy(s -> assertThat(s).isExactlyInstanceOf(ContainerLogsException.class))
                .extracting(s -> s.getMessage().replaceAll("id [0-9a-f]{12}", "id <id>"))
                .containsExactly(
                        "Last 100 log lines of container \"job\" (image busybox:stable, id <id>):\n  | job output",
                        "Last 100 log lines of container \"web\" (image busybox:stable, id <id>):\n"
                                + "  | line 1\n  | line 2\n  | line 3\n  | line 4\n  | line 5");
        assertThat(run.reported("berth.logs.web")).containsExactly("  | line 1\n  | line 2\n  | line 3\n  | line 4\n  | line 5");
        assertThat(run.reported("berth.logs.job")).containsExactly("  | job output");
    }

    @WithContainer(name = "web", image = IMAGE, command = {"sh", "-c", "for i in 1 2 3 4 5; do echo line $i; done; exec sleep 300"},
            waitFor = @WaitFor(log = "line 5"))
    static class FailingTestCase {
        @Test
        @WithContainer(name = "job", image = IMAGE, command = {"sh", "-c", "echo job output; exec sleep 300"},
                waitFor = @WaitFor(log = "job output"))
        void test() {
            throw new AssertionError("boom");
        }
    }

    @Test
    void logLinesAreConfigurable() {
        BerthTestKit.Run run = run(Map.of(WithContainer.LOG_LINES_PROPERTY_NAME, "2"), FailingTestCase.class);

        Throwable failure = assertThat(run).hasSingleFailedTest().actual();
        assertThat(failure.getSuppressed()[1].getMessage()).matches("(?s)Last 2 log lines of container \"web\" .*:\n  \\| line 4\n  \\| line 5");
    }

    @Test
    void zeroLogLinesAttachNothing() {
        BerthTestKit.Run run = run(Map.of(WithContainer.LOG_LINES_PROPERTY_NAME, "0"), FailingTestCase.class);

        assertThat(assertThat(run).hasSingleFailedTest().actual().getSuppressed()).isEmpty();
    }

    @Test
    void aFailedBeforeAllCarriesTheLogsAndItsContainersAreRemoved() {
        BerthTestKit.Run run = run(BeforeAllFailsTestCase.class);

        Throwable failure = assertThat(run).hasSingleFailedContainer().hasMessage("setup failed").actual();
        assertThat(failure.getSuppressed()).singleElement().extracting(Throwable::getMessage).asString()
                .startsWith("Last 100 log lines of container \"web\"").endsWith("  | line 5");
    }

    @WithContainer(name = "web", image = IMAGE, command = {"sh", "-c", "for i in 1 2 3 4 5; do echo line $i; done; exec sleep 300"},
            waitFor = @WaitFor(log = "line 5"))
    static class BeforeAllFailsTestCase {
        @BeforeAll
        static void setUp() {
            throw new IllegalStateException("setup failed");
        }

        @Test
        void test() {
        }
    }

    @Test
    void aFailedAfterEachCarriesTheLogs() {
        BerthTestKit.Run run = run(AfterEachFailsTestCase.class);

        Throwable failure = assertThat(run).hasSingleFailedTest().hasMessage("teardown failed").actual();
        assertThat(failure.getSuppressed()).singleElement().isInstanceOf(ContainerLogsException.class);
    }

    @WithContainer(name = "web", image = IMAGE, command = {"sleep", "300"})
    static class AfterEachFailsTestCase {
        @AfterEach
        void tearDown() {
            throw new IllegalStateException("teardown failed");
        }

        @Test
        void test() {
        }
    }

    @Test
    void anAbortedTestIsNotAFailure() {
        BerthTestKit.Run run = run(AbortedTestCase.class);

        run.tests().assertStatistics(s -> s.aborted(1).failed(0));
        assertThat(run.reported("berth.logs.web")).isEmpty();
    }

    @WithContainer(name = "web", image = IMAGE, command = {"sleep", "300"})
    static class AbortedTestCase {
        @Test
        void test() {
            Assumptions.assumeTrue(false, "not today");
        }
    }

    @Test
    void startupTimesArePublishedAsReportEntriesAndLoggedAtInfoLevelAsEachContainerIsReady() {
        Logger logger = Logger.getLogger("dev.berth");
        Level level = logger.getLevel();
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (logged) {
                    logged.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.setLevel(Level.FINE);
        logger.addHandler(handler);
        BerthTestKit.Run run;
        try {
            run = run(TimedTestCase.class);
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(level);
        }

        assertThat(run).succeeded(1);
        String timings = "total \\d+ ms \\(pull \\d+ ms, create \\d+ ms, start \\d+ ms, wait \\d+ ms\\)";
        assertThat(run.reported("berth.startup.web")).singleElement().asString().matches(timings);
        assertThat(run.reported("berth.startup.db")).singleElement().asString().matches(timings);
        synchronized (logged) {
            assertThat(logged).filteredOn(m -> m.startsWith("container \"web\"")).singleElement().asString().matches(
                    "container \"web\" \\(image busybox:stable, id [0-9a-f]{12}\\) ready in \\d+ ms"
                            + " \\(pull \\d+ ms, create \\d+ ms, start \\d+ ms, wait \\d+ ms\\)");
        }
    }

    @WithContainer(name = "web", image = IMAGE, command = {"sleep", "300"})
    @WithContainer(name = "db", image = IMAGE, command = {"sleep", "300"})
    static class TimedTestCase {
        @Test
        void test() {
        }
    }

}
