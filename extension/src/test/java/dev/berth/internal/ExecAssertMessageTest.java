package dev.berth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ExecResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Message rendering for {@code @ExecAssert}; no engine needed. */
class ExecAssertMessageTest {

    @Test
    void rendersContainerCommandExpectationsAndActualOutput() {
        // GIVEN
        ExecResult result = new ExecResult(1, "a\nb\n".getBytes(StandardCharsets.UTF_8), new byte[0]);
        // WHEN
        String message = ExecAssertMessage.render("\"web\" (image busybox:stable, id 0123456789ab)", List.of("cat", "/x"),
                List.of("to exit with code 0", "stdout to contain \"c\""), "it exited with code 1", result);
        // THEN
        assertThat(message).isEqualTo("Expecting command [cat, /x] in container \"web\" (image busybox:stable, id 0123456789ab)\n"
                + "  to exit with code 0\n"
                + "  and stdout to contain \"c\"\n"
                + "but it exited with code 1.\n"
                + "Actual exit code: 1\n"
                + "Actual stdout:\n  a\n  b\n"
                + "Actual stderr: (empty)");
    }

    @Test
    void longOutputIsCutToItsTail() {
        String out = "x".repeat(ExecAssertMessage.MAX_OUTPUT_CHARS + 10) + "END";
        ExecResult result = new ExecResult(0, out.getBytes(StandardCharsets.UTF_8), new byte[0]);

        String message = ExecAssertMessage.render("c", List.of("true"), List.of("to exit with code 1"), "it exited with code 0", result);

        assertThat(message).contains("Actual stdout:\n  [... 13 chars cut ...]xxx").contains("xxxEND\nActual stderr: (empty)");
    }

    @Test
    void quoteEscapesControlCharacters() {
        assertThat(ExecAssertMessage.quote("a\"b\n\\")).isEqualTo("\"a\\\"b\\n\\\\\"");
    }
}
