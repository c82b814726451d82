package dev.berth.internal;

import dev.berth.ExecResult;
import java.util.List;

/**
 * Renders the failure message of a declarative exec check ({@code @ExecAssert}): the container, the command, what
 * was expected, and the actual exit code, stdout and stderr. Shared with the assertions module.
 */
public final class ExecAssertMessage {

    /** Output longer than this is cut to its tail, which is where the explanation usually is. */
    static final int MAX_OUTPUT_CHARS = 4000;

    private ExecAssertMessage() {
    }

    /**
     * @param container the container, e.g. {@code "web" (busybox:stable, 1a2b3c4d5e6f)}
     * @param command the argv
     * @param expectations what was expected, e.g. {@code to exit with code 0}, {@code stdout to contain "hello"}
     * @param unmet the first expectation that did not hold, said as what happened, e.g. {@code it exited with code 1}
     * @param result the actual result
     * @return the message
     */
    public static String render(String container, List<String> command, List<String> expectations, String unmet, ExecResult result) {
        StringBuilder b = new StringBuilder();
        b.append("Expecting command ").append(command).append(" in container ").append(container).append('\n');
        for (int i = 0; i < expectations.size(); i++) {
            b.append(i == 0 ? "  " : "  and ").append(expectations.get(i)).append('\n');
        }
        b.append("but ").append(unmet).append(".\n");
        b.append("Actual exit code: ").append(result.exitCode()).append('\n');
        b.append("Actual stdout:").append(block(result.stdout())).append('\n');
        b.append("Actual stderr:").append(block(result.stderr()));
        return b.toString();
    }

    /** @return {@code "text"} with quotes and escapes, as the message shows expected text */
    public static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + "\"";
    }

    private static String block(String output) {
        if (output.isEmpty()) {
            return " (empty)";
        }
        String shown = output.length() <= MAX_OUTPUT_CHARS ? output
                : "[... " + (output.length() - MAX_OUTPUT_CHARS) + " chars cut ...]" + output.substring(output.length() - MAX_OUTPUT_CHARS);
        StringBuilder b = new StringBuilder();
        for (String line : shown.stripTrailing().split("\n", -1)) {
            b.append("\n  ").append(line);
        }
        return b.toString();
    }
}
