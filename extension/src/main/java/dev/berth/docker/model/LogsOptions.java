package dev.berth.docker.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
 * @param tail the number of last lines; empty for all of them
 * @param since only lines after this instant; empty for no lower bound
 * @param until only lines before this instant; empty for no upper bound
 * @param follow keep the stream open for new output
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record LogsOptions(boolean stdout, boolean stderr, boolean timestamps, OptionalInt tail, Optional<Instant> since,
                          Optional<Instant> until, boolean follow) {

    /** Checks that no component is {@code null} and that {@code tail} is not negative. */
    public LogsOptions {
        Objects.requireNonNull(tail, "tail");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (tail.isPresent() && tail.getAsInt() < 0) {
            throw new IllegalArgumentException("tail must be 0 or more, was " + tail.getAsInt() + "; allLines() takes all");
        }
    }

    /** @return stdout and stderr, all lines, no follow */
    public static LogsOptions all() {
        return new LogsOptions(true, true, false, OptionalInt.empty(), Optional.empty(), Optional.empty(), false);
    }

    /** @param follow whether to follow @return a copy */
    public LogsOptions withFollow(boolean follow) {
        return new LogsOptions(stdout, stderr, timestamps, tail, since, until, follow);
    }

    /** @param lines how many last lines, 0 or more @return a copy */
    public LogsOptions withTail(int lines) {
        return new LogsOptions(stdout, stderr, timestamps, OptionalInt.of(lines), since, until, follow);
    }

    /** @return a copy with all lines, whatever {@link #withTail} set */
    public LogsOptions allLines() {
        return new LogsOptions(stdout, stderr, timestamps, OptionalInt.empty(), since, until, follow);
    }

    /** @param timestamps whether to prefix timestamps @return a copy */
    public LogsOptions withTimestamps(boolean timestamps) {
        return new LogsOptions(stdout, stderr, timestamps, tail, since, until, follow);
    }

    /** @param since the instant @return a copy */
    public LogsOptions withSince(Instant since) {
        return new LogsOptions(stdout, stderr, timestamps, tail, Optional.of(Objects.requireNonNull(since, "since")), until,
                follow);
    }

    /** @param until the instant @return a copy */
    public LogsOptions withUntil(Instant until) {
        return new LogsOptions(stdout, stderr, timestamps, tail, since, Optional.of(Objects.requireNonNull(until, "until")),
                follow);
    }

    /** @param stdout include stdout @param stderr include stderr @return a copy */
    public LogsOptions withStreams(boolean stdout, boolean stderr) {
        return new LogsOptions(stdout, stderr, timestamps, tail, since, until, follow);
    }
}
