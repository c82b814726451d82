package dev.berth.internal.container;

import dev.berth.docker.DockerClient;
import dev.berth.docker.DockerException;
import dev.berth.docker.LogStream;
import dev.berth.docker.model.LogsOptions;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;

/**
 * Reads a container's last log lines for failure reports, indented, never failing itself.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class LogTail {

    private LogTail() {
    }

    /**
     * @return the last {@code lines} lines, each prefixed with {@code "  | "}, or a note saying why there are none
     */
    public static String of(DockerClient docker, String id, int lines) {
        if (lines <= 0) {
            return "  (log lines on failure are turned off: berth.logs.lines=0)";
        }
        String text;
        try (LogStream logs = docker.containers().logs(id, LogsOptions.all().withTail(lines))) {
            text = logs.readAll();
        } catch (DockerException | UncheckedIOException e) {
            return "  (logs unavailable: " + e.getMessage() + ")";
        }
        if (text.isEmpty()) {
            return "  (no output)";
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty() || out.length() > 0) {
                out.append("  | ").append(line).append('\n');
            }
        }
        while (out.length() > 0 && out.toString().endsWith("  | \n")) {
            out.setLength(out.length() - 5);
        }
        return out.toString().stripTrailing();
    }
}
