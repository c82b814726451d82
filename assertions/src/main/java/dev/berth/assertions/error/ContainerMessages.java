package dev.berth.assertions.error;

import dev.berth.ExecMessages;

import dev.berth.ContainerHandle;
import dev.berth.PathStat;
import dev.berth.docker.model.ContainerState;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * {@code ContainerMessages} renders the parts that the container and container-file messages share: how a
 * container, its state, a path's kind and a timeout are named.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ContainerMessages {

    /** How many log lines a message about logs shows at most (the last ones). */
    public static final int LOG_LINES_SHOWN = 20;

    private ContainerMessages() {
    }

    /**
     * Names a container: logical name, image and short id.
     *
     * @param container the container
     * @return e.g. {@code container "web" (image busybox:stable, id 1a2b3c4d5e6f)}
     * @see ExecMessages#container(String, String, String)
     */
    public static String container(ContainerHandle container) {
        return ExecMessages.container(container.name(), container.image(), container.id());
    }

    /**
     * Names a path inside a container.
     *
     * @param container the container
     * @param path the absolute path inside it
     * @return e.g. {@code "/www/index.html" in container "web" (image busybox:stable, id 1a2b3c4d5e6f)}
     */
    public static String path(ContainerHandle container, String path) {
        return ExecMessages.quote(path) + " in " + container(container);
    }

    /**
     * Says what state a container is in, as the end of a "but" clause.
     *
     * @param state the engine's state, {@code null} when the container no longer exists
     * @return e.g. {@code its status was "exited" (exit code 137)}, or {@code it no longer exists}
     */
    public static String state(ContainerState state) {
        if (state == null) {
            return "it no longer exists";
        }
        String status = "its status was \"" + state.status() + "\"";
        return "exited".equals(state.status()) ? status + " (exit code " + state.exitCode() + ")" : status;
    }

    /**
     * Says what a path is.
     *
     * @param stat the path's stat
     * @return e.g. {@code a regular file (mode 0644, 5 bytes)}, {@code a directory (mode 0755)}, or
     *     {@code a symbolic link to "/bin/busybox"}
     */
    public static String kind(PathStat stat) {
        if (stat.isSymbolicLink()) {
            return "a symbolic link to " + ExecMessages.quote(stat.linkTarget());
        }
        if (stat.isDirectory()) {
            return "a directory (mode " + mode(stat.mode()) + ")";
        }
        return "a regular file (mode " + mode(stat.mode()) + ", " + stat.size() + (stat.size() == 1 ? " byte)" : " bytes)");
    }

    /**
     * Says what a path is, as the end of a "but" clause.
     *
     * @param stat the path's stat, {@code null} when it does not exist
     * @return e.g. {@code it is a directory (mode 0755)}, or {@code it does not exist}
     */
    public static String whatItIs(PathStat stat) {
        return stat == null ? "it does not exist" : "it is " + kind(stat);
    }

    /**
     * Renders permission bits in octal, as {@code chmod} takes them.
     *
     * @param mode the permission bits
     * @return e.g. {@code 0755}
     */
    public static String mode(int mode) {
        return String.format("%04o", mode);
    }

    /**
     * Renders a timeout the way Berth's durations are written.
     *
     * @param duration the timeout
     * @return e.g. {@code 500ms}, {@code 30s}, {@code 2m}
     */
    public static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis != 0 && millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /**
     * Renders the last {@value #LOG_LINES_SHOWN} lines of logs as an indented block.
     *
     * @param logs the logs
     * @return the block, starting with a space or a line break
     */
    public static String logTail(String logs) {
        if (logs.isEmpty()) {
            return " (empty)";
        }
        List<String> lines = lines(logs);
        int skipped = Math.max(0, lines.size() - LOG_LINES_SHOWN);
        String shown = lines.subList(skipped, lines.size()).stream()
                .map(line -> line.isEmpty() ? "\n" : "\n    " + line)
                .collect(Collectors.joining());
        return skipped == 0 ? shown : " (last " + LOG_LINES_SHOWN + " of " + lines.size() + " lines)" + shown;
    }

    /**
     * Splits logs into lines, the way log assertions match them.
     *
     * @param logs the logs
     * @return the lines without terminators; no final empty line for a trailing line break
     */
    public static List<String> lines(String logs) {
        if (logs.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(ExecMessages.withoutTrailingLineBreak(logs).split("\r?\n", -1));
    }
}
