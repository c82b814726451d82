package dev.berth;

import org.apiguardian.api.API;

/**
 * {@code LogLine} is one line of a container's output, with the stream it came from.
 *
 * @param stream the stream the line was written to
 * @param text the line without its line terminator
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record LogLine(Stream stream, String text) {

    /** The stream a {@link LogLine} came from. */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public enum Stream {
        /** The process's standard output (also all output of a container with a TTY). */
        STDOUT,
        /** The process's standard error. */
        STDERR
    }
}
