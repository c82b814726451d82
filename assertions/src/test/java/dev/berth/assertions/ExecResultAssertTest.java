package dev.berth.assertions;

import static dev.berth.assertions.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.berth.ExecResult;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Unit tests of {@link ExecResultAssert}: no engine needed, results are built directly. */
@NoEngine
class ExecResultAssertTest {

    static ExecResult result(int exitCode, String stdout, String stderr) {
        return new ExecResult(exitCode, stdout.getBytes(StandardCharsets.UTF_8), stderr.getBytes(StandardCharsets.UTF_8));
    }

    static final ExecResult OK = result(0, "hello\n", "");
    static final ExecResult NOT_FOUND = result(127, "", "sh: nope: not found\n");
    static final ExecResult MIXED = result(2, "line one\nline two\n", "warning: low disk\n");

    @Nested
    class Succeeded {

        @Test
        void passes_when_the_exit_code_is_0() {
            assertThat(OK).succeeded();
        }

        @Test
        void fails_with_the_exit_code_and_output() {
            // WHEN/THEN
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(NOT_FOUND).succeeded())
                    .withMessage("""

                            Expecting exec result:
                              exit code: 127
                              stdout: (empty)
                              stderr:
                                sh: nope: not found
                            to succeed (exit code 0)
                            but it exited with code 127""");
        }
    }

    /** A result a handle returned names its command and container; one built with the constructor cannot. */
    @Nested
    class FromAHandle {

        final ExecResult fromWeb = ExecResult.of(127, new byte[0], "sh: nope: not found\n".getBytes(StandardCharsets.UTF_8),
                java.util.List.of("sh", "-c", "nope"), "container \"web\" (image busybox:stable, id 1a2b3c4d5e6f)");

        @Test
        void failure_names_the_command_and_the_container() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(fromWeb).hasExitCode(0))
                    .withMessage("""

                            Expecting exec of ["sh", "-c", "nope"] in container "web" (image busybox:stable, id 1a2b3c4d5e6f):
                              exit code: 127
                              stdout: (empty)
                              stderr:
                                sh: nope: not found
                            to exit with code 0
                            but it exited with code 127""");
        }

        @Test
        void navigation_is_described_by_the_command_and_the_container() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(fromWeb).stderr().isEmpty())
                    .withMessageStartingWith("[stderr of exec of [\"sh\", \"-c\", \"nope\"] in container \"web\" (image busybox:stable,"
                            + " id 1a2b3c4d5e6f)] ");
        }

        @Test
        void the_result_keeps_command_and_container_and_compares_by_outcome() {
            org.assertj.core.api.Assertions.assertThat(fromWeb.command()).containsExactly("sh", "-c", "nope");
            org.assertj.core.api.Assertions.assertThat(fromWeb.container()).contains("container \"web\" (image busybox:stable, id 1a2b3c4d5e6f)");
            org.assertj.core.api.Assertions.assertThat(NOT_FOUND.command()).isEmpty();
            org.assertj.core.api.Assertions.assertThat(NOT_FOUND.container()).isEmpty();
            org.assertj.core.api.Assertions.assertThat(fromWeb).isEqualTo(NOT_FOUND);
        }
    }

    @Nested
    class Failed {

        @Test
        void passes_when_the_exit_code_is_not_0() {
            assertThat(NOT_FOUND).failed();
            assertThat(MIXED).failed();
        }

        @Test
        void fails_when_the_exit_code_is_0() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(OK).failed())
                    .withMessage("""

                            Expecting exec result:
                              exit code: 0
                              stdout:
                                hello
                              stderr: (empty)
                            to fail (non-zero exit code)
                            but it exited with code 0""");
        }
    }

    @Nested
    class HasExitCode {

        @Test
        void passes_when_the_exit_code_is_the_expected_one() {
            assertThat(MIXED).hasExitCode(2);
            assertThat(OK).hasExitCode(0);
        }

        @Test
        void fails_when_the_exit_code_differs() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(MIXED).hasExitCode(1))
                    .withMessage("""

                            Expecting exec result:
                              exit code: 2
                              stdout:
                                line one
                                line two
                              stderr:
                                warning: low disk
                            to exit with code 1
                            but it exited with code 2""");
        }
    }

    @Nested
    class HasStdout {

        @Test
        void passes_ignoring_one_trailing_line_break() {
            assertThat(OK).hasStdout("hello");
            assertThat(OK).hasStdout("hello\n");
            assertThat(result(0, "hello\r\n", "")).hasStdout("hello");
            assertThat(MIXED).hasStdout("line one\nline two");
        }

        @Test
        void compares_exactly_otherwise() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(result(0, "hello\n\n", "")).hasStdout("hello"));
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(OK).hasStdout(" hello"));
        }

        @Test
        void fails_with_actual_and_expected_for_an_IDE_diff() {
            assertThatExceptionOfType(AssertionFailedError.class)
                    .isThrownBy(() -> assertThat(MIXED).hasStdout("line one\nline 2"))
                    .withMessage("""

                            Expecting exec result:
                              exit code: 2
                              stdout:
                                line one
                                line two
                              stderr:
                                warning: low disk
                            to have stdout (ignoring one trailing line break):
                              "line one\\nline 2"
                            but it was:
                              "line one\\nline two\"""")
                    .satisfies(e -> {
                        org.assertj.core.api.Assertions.assertThat(e.getActual().getValue()).isEqualTo("line one\nline two");
                        org.assertj.core.api.Assertions.assertThat(e.getExpected().getValue()).isEqualTo("line one\nline 2");
                    });
        }

        @Test
        void keeps_percent_signs_and_the_description() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(result(0, "100%\n", "")).as("df of %s", "/").hasStdout("99%"))
                    .withMessage("""
                            [df of /]\s
                            Expecting exec result:
                              exit code: 0
                              stdout:
                                100%
                              stderr: (empty)
                            to have stdout (ignoring one trailing line break):
                              "99%"
                            but it was:
                              "100%\"""");
        }
    }

    @Nested
    class HasStdoutContaining {

        @Test
        void passes_when_stdout_contains_the_text() {
            assertThat(MIXED).hasStdoutContaining("one\nline");
        }

        @Test
        void fails_when_it_does_not() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(OK).hasStdoutContaining("bye"))
                    .withMessage("""

                            Expecting exec result:
                              exit code: 0
                              stdout:
                                hello
                              stderr: (empty)
                            to have stdout containing:
                              "bye\"""");
        }
    }

    @Nested
    class HasStdoutMatching {

        @Test
        void passes_when_some_part_of_stdout_matches() {
            assertThat(MIXED).hasStdoutMatching("line \\w+");
            assertThat(MIXED).hasStdoutMatching("(?m)^line two$");
        }

        @Test
        void fails_when_nothing_matches() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(MIXED).hasStdoutMatching("line \\d+"))
                    .withMessage("""

                            Expecting exec result:
                              exit code: 2
                              stdout:
                                line one
                                line two
                              stderr:
                                warning: low disk
                            to have stdout containing a match for:
                              "line \\d+\"""");
        }

        @Test
        void rejects_an_invalid_regex_before_checking() {
            assertThatExceptionOfType(java.util.regex.PatternSyntaxException.class)
                    .isThrownBy(() -> assertThat(OK).hasStdoutMatching("("));
        }
    }

    @Nested
    class HasStderr {

        @Test
        void passes_ignoring_one_trailing_line_break() {
            assertThat(NOT_FOUND).hasStderr("sh: nope: not found");
            assertThat(OK).hasStderr("");
        }

        @Test
        void fails_with_actual_and_expected_for_an_IDE_diff() {
            assertThatExceptionOfType(AssertionFailedError.class)
                    .isThrownBy(() -> assertThat(NOT_FOUND).hasStderr("sh: yes: not found"))
                    .withMessage("""

                            Expecting exec result:
                              exit code: 127
                              stdout: (empty)
                              stderr:
                                sh: nope: not found
                            to have stderr (ignoring one trailing line break):
                              "sh: yes: not found"
                            but it was:
                              "sh: nope: not found\"""")
                    .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getActual().getValue())
                            .isEqualTo("sh: nope: not found"));
        }
    }

    @Nested
    class HasStderrContaining {

        @Test
        void passes_when_stderr_contains_the_text() {
            assertThat(NOT_FOUND).hasStderrContaining("not found");
        }

        @Test
        void fails_when_it_does_not() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(MIXED).hasStderrContaining("error"))
                    .withMessage("""

                            Expecting exec result:
                              exit code: 2
                              stdout:
                                line one
                                line two
                              stderr:
                                warning: low disk
                            to have stderr containing:
                              "error\"""");
        }
    }

    @Nested
    class HasEmptyStderr {

        @Test
        void passes_when_nothing_was_written_to_stderr() {
            assertThat(OK).hasEmptyStderr();
        }

        @Test
        void fails_when_something_was() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(result(0, "", "\n")).hasEmptyStderr())
                    .withMessage("""

                            Expecting exec result:
                              exit code: 0
                              stdout: (empty)
                              stderr: "\\n"
                            to have empty stderr""");
        }
    }

    @Nested
    class Stdout {

        @Test
        void navigates_to_a_string_assertion_on_stdout_as_is() {
            assertThat(OK).stdout().isEqualTo("hello\n");
            assertThat(OK).succeeded().stdout().startsWith("hel").endsWith("\n");
        }

        @Test
        void fails_with_AssertJ_s_message_described_as_stdout() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(OK).stdout().contains("bye"))
                    .withMessage("""
                            [stdout of exec result]\s
                            Expecting actual:
                              "hello
                            "
                            to contain:
                              "bye"\s""");
        }

        @Test
        void keeps_the_description_of_the_exec_assertion() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(OK).as("greeting").stdout().isEmpty())
                    .withMessage("""
                            [greeting]\s
                            Expecting empty but was: "hello
                            \"""");
        }
    }

    @Nested
    class Stderr {

        @Test
        void navigates_to_a_string_assertion_on_stderr_as_is() {
            assertThat(NOT_FOUND).stderr().isEqualTo("sh: nope: not found\n");
        }

        @Test
        void fails_with_AssertJ_s_message_described_as_stderr() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(NOT_FOUND).stderr().isEmpty())
                    .withMessage("""
                            [stderr of exec result]\s
                            Expecting empty but was: "sh: nope: not found
                            \"""");
        }
    }

    @Nested
    class NullResult {

        @Test
        void fails_every_check_with_AssertJ_s_null_message() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat((ExecResult) null).succeeded())
                    .withMessage("""

                            Expecting actual not to be null""");
        }

        @Test
        void rejects_a_null_expectation() {
            assertThatNullPointerException().isThrownBy(() -> assertThat(OK).hasStdout(null)).withMessage("expected");
        }
    }
}
