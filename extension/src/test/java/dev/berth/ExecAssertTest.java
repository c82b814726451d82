package dev.berth;

import static dev.berth.BerthTestKit.IMAGE;
import static dev.berth.BerthTestKit.assertThat;
import static dev.berth.BerthTestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.opentest4j.AssertionFailedError;

/** {@code @ExecAssert} (API.md section 5). */
class ExecAssertTest {

    /** Output on both streams and exit code 3. */
    private static final String SCRIPT = "echo out; echo err >&2; exit 3";

    @Test
    void checksThatHoldLetTheTestPass() {
        assertThat(run(PassingTestCase.class)).succeeded(2);
    }

    @WithContainer(name = "box", image = IMAGE, command = {"sleep", "300"})
    @ExecAssert(command = {"test", "-d", "/tmp"})
    static class PassingTestCase {
        @Test
        @ExecAssert(container = "box", command = {"test", "-f", "/tmp/made-by-the-test"})
        @ExecAssert(command = {"cat", "/tmp/made-by-the-test"}, stdoutContains = "hello", stdoutMatches = "^hel+o$")
        @ExecAssert(command = {"sh", "-c", SCRIPT}, exitCode = 3, stderrContains = "err")
        @ExecAssert(command = {"test", "-f", "/tmp/made-by-the-test"}, exitCode = 1, phase = ExecAssert.Phase.BEFORE_TEST)
        void afterTheBody(ContainerHandle box) {
            box.exec("sh", "-c", "printf hello > /tmp/made-by-the-test");
        }

        @Test
        void classLevelCheckAppliesToEveryTest() {
        }
    }

    @Nested
    class Failures {
        @Test
        void exitCode() {
            AssertionFailedError e = failure(ExitCodeTestCase.class);

            assertThat(e.getExpected().getValue()).isEqualTo(0);
            assertThat(e.getActual().getValue()).isEqualTo(3);
            assertThat(withoutId(e.getMessage())).isEqualTo("Expecting exec of [\"sh\", \"-c\", \"" + SCRIPT + "\"] in container \"box\""
                    + " (image busybox:stable, id <id>):\n"
                    + "  exit code: 3\n"
                    + "  stdout:\n    out\n"
                    + "  stderr:\n    err\n"
                    + "to exit with code 0\n"
                    + "but it exited with code 3");
            assertThat(e.getSuppressed()).singleElement().isInstanceOf(ContainerLogsException.class)
                    .extracting(Throwable::getMessage).asString().startsWith("Last 100 log lines of container \"box\"");
        }

        @WithContainer(name = "box", image = IMAGE, command = {"sleep", "300"})
        static class ExitCodeTestCase {
            @Test
            @ExecAssert(command = {"sh", "-c", SCRIPT})
            void test() {
            }
        }

        @Test
        void stdoutContains() {
            AssertionFailedError e = failure(StdoutContainsTestCase.class);

            assertThat(e.getExpected().getValue()).isEqualTo("hello");
            assertThat(e.getActual().getValue()).isEqualTo("out\n");
            assertThat(withoutId(e.getMessage())).isEqualTo("Expecting exec of [\"sh\", \"-c\", \"" + SCRIPT + "\"] in container \"box\""
                    + " (image busybox:stable, id <id>):\n"
                    + "  exit code: 3\n"
                    + "  stdout:\n    out\n"
                    + "  stderr:\n    err\n"
                    + "to have stdout containing:\n"
                    + "  \"hello\"");
        }

        @WithContainer(name = "box", image = IMAGE, command = {"sleep", "300"})
        static class StdoutContainsTestCase {
            @Test
            @ExecAssert(command = {"sh", "-c", SCRIPT}, exitCode = 3, stdoutContains = "hello")
            void test() {
            }
        }

        @Test
        void stdoutMatchesAndStderrContains() {
            BerthTestKit.Run run = run(RegexAndStderrTestCase.class);

            assertThat(run).testFailures().hasSize(2).allSatisfy(e -> assertThat(e).isExactlyInstanceOf(AssertionFailedError.class))
                    .extracting(e -> withoutId(e.getMessage()).lines().skip(6).collect(java.util.stream.Collectors.joining("\n")))
                    .containsExactlyInAnyOrder("to have stdout containing a match for:\n  \"^o.t\\d$\"", "to have stderr containing:\n  \"warn\"");
        }

        @WithContainer(name = "box", image = IMAGE, command = {"sleep", "300"})
        static class RegexAndStderrTestCase {
            @Test
            @ExecAssert(command = {"sh", "-c", SCRIPT}, exitCode = 3, stdoutMatches = "^o.t\\d$")
            void regex() {
            }

            @Test
            @ExecAssert(command = {"sh", "-c", SCRIPT}, exitCode = 3, stderrContains = "warn")
            void stderr() {
            }
        }

        @Test
        void failedPreconditionKeepsTheBodyFromRunning() {
            AssertionFailedError e = failure(PreconditionTestCase.class);

            assertThat(e.getMessage()).startsWith("Expecting exec of [\"test\", \"-f\", \"/ready\"] in container \"box\"")
                    .endsWith("to exit with code 0\nbut it exited with code 1");
        }

        @WithContainer(name = "box", image = IMAGE, command = {"sleep", "300"})
        static class PreconditionTestCase {
            @Test
            @ExecAssert(command = {"test", "-f", "/ready"}, phase = ExecAssert.Phase.BEFORE_TEST)
            void test() {
                throw new IllegalStateException("the body ran");
            }
        }

        @Test
        void afterTestChecksDoNotRunWhenTheBodyFailed() {
            assertThat(run(BodyFailsTestCase.class)).hasSingleFailedTest().isExactlyInstanceOf(IllegalStateException.class);
        }

        @WithContainer(name = "box", image = IMAGE, command = {"sleep", "300"})
        static class BodyFailsTestCase {
            @Test
            @ExecAssert(command = "false")
            void test() {
                throw new IllegalStateException("the body failed");
            }
        }

        @Test
        void containerNotInScope() {
            assertThat(run(UnknownContainerTestCase.class)).hasSingleFailedTest()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@ExecAssert(command = [true]) on [ExecAssertTest.Failures.UnknownContainerTestCase#test()] asks for"
                            + " container \"web\", but it is not in scope; the containers in scope are [box]: use one of these"
                            + " names, or declare it with @WithContainer(name = \"web\").");
        }

        @WithContainer(name = "box", image = IMAGE, command = {"sleep", "300"})
        static class UnknownContainerTestCase {
            @Test
            @ExecAssert(container = "web", command = "true")
            void test() {
            }
        }

        @Test
        void emptyCommand() {
            assertThat(run(EmptyCommandTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@ExecAssert on [ExecAssertTest.Failures.EmptyCommandTestCase#test()] requires a command,"
                            + " e.g. command = {\"test\", \"-f\", \"/ready\"}, but it was empty.");
        }

        @WithContainer(name = "box", image = IMAGE, command = {"sleep", "300"})
        static class EmptyCommandTestCase {
            @Test
            @ExecAssert(command = {})
            void test() {
            }
        }

        private AssertionFailedError failure(Class<?> testCase) {
            Throwable e = assertThat(run(testCase)).hasSingleFailedTest().isExactlyInstanceOf(AssertionFailedError.class).actual();
            return (AssertionFailedError) e;
        }
    }

    private static String withoutId(String message) {
        return message.replaceAll("id [0-9a-f]{12}\\)", "id <id>)");
    }
}
