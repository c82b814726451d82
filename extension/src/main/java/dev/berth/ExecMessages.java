package dev.berth;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * {@code ExecMessages} renders the failure messages of exec checks as plain text, so that the assertions of
 * {@code berth-assertions} and the extension's {@code @ExecAssert} say the same thing in the same words.
 *
 * <p><strong>Not for users</strong> ({@link API.Status#INTERNAL}): it is public, in an exported package, only so that
 * {@code berth-assertions} need not reach into the extension's internal packages; it may change in any release.
 *
 * <p>It has no AssertJ dependency on purpose: it lives in the extension, and the assertions call it. Every message uses AssertJ's layout: {@code Expecting <subject>:}, then the exit code, stdout and
 * stderr of the exec, then {@code to ...} and, where it adds information, {@code but ...}. Messages carry no leading
 * or trailing line break; callers add their own framing.
 *
 * <p>The subject is {@link #execIn(List, String, String, String)} when the command and the container are known
 * ({@code @ExecAssert}, and {@link #subject(ExecResult)} of a result a {@link ContainerHandle} returned), or
 * {@link #EXEC_RESULT} when only the result is known (one built with {@link ExecResult}'s constructor).
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ExecMessages {

    /** The subject of a message about an {@link ExecResult} whose command and container are not known. */
    public static final String EXEC_RESULT = "exec result";

    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");

    private ExecMessages() {
    }

    /**
     * Names the exec a result came from, as the subject of a message: its command and container when a
     * {@link ContainerHandle} made it, else {@link #EXEC_RESULT}.
     *
     * @param result the result
     * @return e.g. {@code exec of ["cat", "/nope"] in container "web" (image busybox:stable, id 1a2b3c4d5e6f)}
     */
    public static String subject(ExecResult result) {
        return result.container().map(c -> "exec of " + command(result.command()) + " in " + c).orElse(EXEC_RESULT);
    }

    /**
     * Names a container as every Berth message does: logical name, image and short id.
     *
     * @param name the logical name; blank or {@code null} leaves it out
     * @param image the image reference
     * @param id the full container id; the first 12 characters are shown
     * @return e.g. {@code container "web" (image busybox:stable, id 1a2b3c4d5e6f)}
     */
    public static String container(String name, String image, String id) {
        String details = "(image " + image + ", id " + shortId(id) + ")";
        return name == null || name.isBlank() ? "container " + details : "container \"" + name + "\" " + details;
    }

    /**
     * Returns the short form of a container id, as the docker CLI shows it.
     *
     * @param id the full id
     * @return its first 12 characters
     */
    public static String shortId(String id) {
        return id == null || id.length() <= 12 ? String.valueOf(id) : id.substring(0, 12);
    }

    /**
     * Names an exec by its command and container, as the subject of a message.
     *
     * @param command the argv
     * @param name the container's logical name
     * @param image the container's image
     * @param id the container's full id
     * @return e.g. {@code exec of ["test", "-d", "/www"] in container "web" (image busybox:stable, id 1a2b3c4d5e6f)}
     */
    public static String execIn(List<String> command, String name, String image, String id) {
        return "exec of " + command(command) + " in " + container(name, image, id);
    }

    /**
     * Renders an argv with each argument quoted, so that arguments with spaces stay recognisable.
     *
     * @param command the argv
     * @return e.g. {@code ["sh", "-c", "echo hi"]}
     */
    public static String command(List<String> command) {
        return command.stream().map(ExecMessages::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * Renders the exec check {@code exitCode}: the exec did not exit with the expected code.
     *
     * <pre>
     * Expecting exec result:
     *   exit code: 3
     *   stdout: (empty)
     *   stderr:
     *     sh: nope: not found
     * to exit with code 0
     * but it exited with code 3</pre>
     *
     * @param subject {@link #EXEC_RESULT} or an {@link #execIn(List, String, String, String)}
     * @param actual the result
     * @param expected the expected exit code
     * @return the message
     */
    public static String shouldHaveExitCode(String subject, ExecResult actual, int expected) {
        return expecting(subject, actual) + "\nto exit with code " + expected
                + "\nbut it exited with code " + actual.exitCode();
    }

    /**
     * Renders the check that an exec succeeded (exit code 0).
     *
     * @param subject {@link #EXEC_RESULT} or an {@link #execIn(List, String, String, String)}
     * @param actual the result
     * @return the message, ending {@code to succeed (exit code 0)} / {@code but it exited with code 3}
     */
    public static String shouldHaveSucceeded(String subject, ExecResult actual) {
        return expecting(subject, actual) + "\nto succeed (exit code 0)\nbut it exited with code " + actual.exitCode();
    }

    /**
     * Renders the check that an exec failed (non-zero exit code).
     *
     * @param subject {@link #EXEC_RESULT} or an {@link #execIn(List, String, String, String)}
     * @param actual the result
     * @return the message, ending {@code to fail (non-zero exit code)} / {@code but it exited with code 0}
     */
    public static String shouldHaveFailed(String subject, ExecResult actual) {
        return expecting(subject, actual) + "\nto fail (non-zero exit code)\nbut it exited with code " + actual.exitCode();
    }

    /**
     * Renders the exec check {@code stdoutContains}.
     *
     * @param subject {@link #EXEC_RESULT} or an {@link #execIn(List, String, String, String)}
     * @param actual the result
     * @param expected the text stdout should contain
     * @return the message, ending {@code to have stdout containing:} and the quoted text
     */
    public static String shouldHaveStdoutContaining(String subject, ExecResult actual, String expected) {
        return expecting(subject, actual) + "\nto have stdout containing:\n  " + quote(expected);
    }

    /**
     * Renders the exec check {@code stdoutMatches}: no part of stdout matches the regex ({@code find} semantics).
     *
     * @param subject {@link #EXEC_RESULT} or an {@link #execIn(List, String, String, String)}
     * @param actual the result
     * @param regex the regular expression
     * @return the message, ending {@code to have stdout containing a match for:} and the regex
     */
    public static String shouldHaveStdoutMatching(String subject, ExecResult actual, String regex) {
        return expecting(subject, actual) + "\nto have stdout containing a match for:\n  " + quote(regex);
    }

    /**
     * Renders the exec check {@code stderrContains}.
     *
     * @param subject {@link #EXEC_RESULT} or an {@link #execIn(List, String, String, String)}
     * @param actual the result
     * @param expected the text stderr should contain
     * @return the message, ending {@code to have stderr containing:} and the quoted text
     */
    public static String shouldHaveStderrContaining(String subject, ExecResult actual, String expected) {
        return expecting(subject, actual) + "\nto have stderr containing:\n  " + quote(expected);
    }

    /**
     * Renders the check that stdout is exactly a text, ignoring one trailing line break on either side.
     *
     * @param subject {@link #EXEC_RESULT} or an {@link #execIn(List, String, String, String)}
     * @param actual the result
     * @param expected the expected stdout
     * @return the message, with the expected and the actual stdout quoted
     */
    public static String shouldHaveStdout(String subject, ExecResult actual, String expected) {
        return expecting(subject, actual) + "\nto have stdout (ignoring one trailing line break):\n  " + quote(expected)
                + "\nbut it was:\n  " + quote(withoutTrailingLineBreak(actual.stdout()));
    }

    /**
     * Renders the check that stderr is exactly a text, ignoring one trailing line break on either side.
     *
     * @param subject {@link #EXEC_RESULT} or an {@link #execIn(List, String, String, String)}
     * @param actual the result
     * @param expected the expected stderr
     * @return the message, with the expected and the actual stderr quoted
     */
    public static String shouldHaveStderr(String subject, ExecResult actual, String expected) {
        return expecting(subject, actual) + "\nto have stderr (ignoring one trailing line break):\n  " + quote(expected)
                + "\nbut it was:\n  " + quote(withoutTrailingLineBreak(actual.stderr()));
    }

    /**
     * Renders the check that nothing was written to stderr.
     *
     * @param subject {@link #EXEC_RESULT} or an {@link #execIn(List, String, String, String)}
     * @param actual the result
     * @return the message, ending {@code to have empty stderr}
     */
    public static String shouldHaveEmptyStderr(String subject, ExecResult actual) {
        return expecting(subject, actual) + "\nto have empty stderr";
    }

    /**
     * Renders the opening of every exec message: the subject, then exit code, stdout and stderr.
     *
     * @param subject {@link #EXEC_RESULT} or an {@link #execIn(List, String, String, String)}
     * @param actual the result
     * @return {@code Expecting <subject>:} and the indented outcome, without a final line break
     */
    public static String expecting(String subject, ExecResult actual) {
        return "Expecting " + subject + ":\n  exit code: " + actual.exitCode()
                + "\n  stdout:" + block(actual.stdout()) + "\n  stderr:" + block(actual.stderr());
    }

    /**
     * Removes one trailing {@code \n} or {@code \r\n}, the way {@code hasStdout} compares output.
     *
     * @param text the text
     * @return the text without one trailing line break
     */
    public static String withoutTrailingLineBreak(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * Quotes a text on one line: line breaks and tabs are shown as {@code \n}, {@code \r} and {@code \t}.
     *
     * @param text the text
     * @return the text in double quotes
     */
    public static String quote(String text) {
        return "\"" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    /**
     * Renders output as an indented block under its label: {@code " (empty)"} when there is none, quoted when it is
     * only whitespace (so that it stays visible), else each line on its own line indented by four spaces.
     *
     * @param output the output
     * @return the block, starting with a space or a line break
     */
    public static String block(String output) {
        if (output.isEmpty()) {
            return " (empty)";
        }
        if (output.isBlank()) {
            return " " + quote(output);
        }
        return LINE_BREAK.splitAsStream(withoutTrailingLineBreak(output))
                .map(line -> line.isEmpty() ? "\n" : "\n    " + line)
                .collect(Collectors.joining());
    }
}
