package dev.berth.assertions.error;

import dev.berth.ExecMessages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ExecResult;
import dev.berth.assertions.NoEngine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The plain-text rendering that {@code @ExecAssert} shares with the assertions. */
@NoEngine
class ExecMessagesTest {

    static final String ID = "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d1a2b";

    static ExecResult result(int exitCode, String stdout, String stderr) {
        return new ExecResult(exitCode, stdout.getBytes(StandardCharsets.UTF_8), stderr.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class Subjects {

        @Test
        void a_container_is_named_by_name_image_and_short_id() {
            assertThat(ExecMessages.container("web", "busybox:stable", ID))
                    .isEqualTo("container \"web\" (image busybox:stable, id 1a2b3c4d5e6f)");
        }

        @Test
        void a_container_without_a_logical_name_is_named_by_image_and_short_id() {
            assertThat(ExecMessages.container("", "busybox:stable", ID))
                    .isEqualTo("container (image busybox:stable, id 1a2b3c4d5e6f)");
            assertThat(ExecMessages.container(null, "busybox:stable", "abc"))
                    .isEqualTo("container (image busybox:stable, id abc)");
        }

        @Test
        void an_exec_is_named_by_its_quoted_argv_and_its_container() {
            assertThat(ExecMessages.execIn(List.of("sh", "-c", "echo hi"), "web", "busybox:stable", ID))
                    .isEqualTo("exec of [\"sh\", \"-c\", \"echo hi\"] in container \"web\" (image busybox:stable, id 1a2b3c4d5e6f)");
        }
    }

    @Nested
    class ExecCheckMessages {

        // GIVEN what @ExecAssert(container = "web", command = {"test", "-d", "/www"}) would report
        final String subject = ExecMessages.execIn(List.of("test", "-d", "/www"), "web", "busybox:stable", ID);

        @Test
        void exit_code() {
            assertThat(ExecMessages.shouldHaveExitCode(subject, result(1, "", ""), 0)).isEqualTo("""
                    Expecting exec of ["test", "-d", "/www"] in container "web" (image busybox:stable, id 1a2b3c4d5e6f):
                      exit code: 1
                      stdout: (empty)
                      stderr: (empty)
                    to exit with code 0
                    but it exited with code 1""");
        }

        @Test
        void stdout_contains() {
            assertThat(ExecMessages.shouldHaveStdoutContaining(subject, result(0, "a\r\nb\r\n", ""), "c"))
                    .isEqualTo("""
                    Expecting exec of ["test", "-d", "/www"] in container "web" (image busybox:stable, id 1a2b3c4d5e6f):
                      exit code: 0
                      stdout:
                        a
                        b
                      stderr: (empty)
                    to have stdout containing:
                      "c\"""");
        }

        @Test
        void stdout_matches() {
            assertThat(ExecMessages.shouldHaveStdoutMatching(subject, result(0, "v1\n\nv2", "  "), "^v\\d{2}"))
                    .isEqualTo("""
                    Expecting exec of ["test", "-d", "/www"] in container "web" (image busybox:stable, id 1a2b3c4d5e6f):
                      exit code: 0
                      stdout:
                        v1

                        v2
                      stderr: "  "
                    to have stdout containing a match for:
                      "^v\\d{2}\"""");
        }

        @Test
        void stderr_contains() {
            assertThat(ExecMessages.shouldHaveStderrContaining(subject, result(0, "", "x\ty\n"), "z"))
                    .isEqualTo("""
                    Expecting exec of ["test", "-d", "/www"] in container "web" (image busybox:stable, id 1a2b3c4d5e6f):
                      exit code: 0
                      stdout: (empty)
                      stderr:
                        x\ty
                    to have stderr containing:
                      "z\"""");
        }
    }

    @Nested
    class Parts {

        @Test
        void quote_keeps_a_text_on_one_line() {
            assertThat(ExecMessages.quote("a\r\nb\tc \"d\"")).isEqualTo("\"a\\r\\nb\\tc \"d\"\"");
        }

        @Test
        void one_trailing_line_break_is_removed() {
            assertThat(ExecMessages.withoutTrailingLineBreak("a\n\n")).isEqualTo("a\n");
            assertThat(ExecMessages.withoutTrailingLineBreak("a\r\n")).isEqualTo("a");
            assertThat(ExecMessages.withoutTrailingLineBreak("a")).isEqualTo("a");
        }

        @Test
        void short_ids_are_12_characters() {
            assertThat(ExecMessages.shortId(ID)).isEqualTo("1a2b3c4d5e6f");
        }
    }
}
