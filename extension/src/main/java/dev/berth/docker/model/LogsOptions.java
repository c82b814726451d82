package dev.berth.docker.model;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * {@code LogsOptions} selects what {@code GET /containers/{id}/logs} returns.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param stdout include standard output
 * @param stderr include standard error
 * @param timestamps prefix each line with its RFC 3339 timestamp
 * @param tail the number of last lines, or -1 for all
 * @param since only lines after this instant, or {@code null}
 * @param until only lines before this instant, or {@code null}
 * @param follow keep the stream open for new output
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record LogsOptions(boolean stdout, boolean stderr, boolean timestamps, int tail, Instant since, Instant until,
                          boolean follow) {

    /** @return stdout and stderr, all lines, no follow */
    public static LogsOptions all() {
        return new LogsOptions(true, true, false, -1, null, null, false);
    }

    /** @param follow whether to follow @return a copy */
    public LogsOptions withFollow(boolean follow) {
        return new LogsOptions(stdout, stderr, timestamps, tail, since, until, follow);
    }

    /** @param lines how many last lines @return a copy */
    public LogsOptions withTail(int lines) {
        return new LogsOptions(stdout, stderr, timestamps, lines, since, until, follow);
    }

    /** @param timestamps whether to prefix timestamps @return a copy */
    public LogsOptions withTimestamps(boolean timestamps) {
        return new LogsOptions(stdout, stderr, timestamps, tail, since, until, follow);
    }

    /** @param since the instant @return a copy */
    public LogsOptions withSince(Instant since) {
        return new LogsOptions(stdout, stderr, timestamps, tail, since, until, follow);
    }

    /** @param until the instant @return a copy */
    public LogsOptions withUntil(Instant until) {
        return new LogsOptions(stdout, stderr, timestamps, tail, since, until, follow);
    }

    /** @param stdout include stdout @param stderr include stderr @return a copy */
    public LogsOptions withStreams(boolean stdout, boolean stderr) {
        return new LogsOptions(stdout, stderr, timestamps, tail, since, until, follow);
    }
}
