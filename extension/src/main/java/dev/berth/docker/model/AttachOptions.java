package dev.berth.docker.model;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code AttachOptions} selects what an attach to a container carries ({@code POST /containers/{id}/attach} and
 * its websocket form): past output, live output, and stdin. Immutable: every {@code withX} returns a copy.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param stream carry output from now on
 * @param logs replay the output so far first
 * @param stdin carry stdin to the container (it must be created with stdin open)
 * @param stdout carry standard output
 * @param stderr carry standard error
 * @param detachKeys the key sequence that detaches, e.g. {@code ctrl-p,ctrl-q}; empty for the engine's
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AttachOptions(boolean stream, boolean logs, boolean stdin, boolean stdout, boolean stderr,
                            Optional<String> detachKeys) {

    /** Checks that {@code detachKeys} is not {@code null}. */
    public AttachOptions {
        Objects.requireNonNull(detachKeys, "detachKeys");
    }


    /** @return live stdout and stderr, no stdin, no replay */
    public static AttachOptions output() {
        return new AttachOptions(true, false, false, true, true, Optional.empty());
    }

    /** @param logs whether to replay the output so far @return a copy */
    public AttachOptions withLogs(boolean logs) {
        return new AttachOptions(stream, logs, stdin, stdout, stderr, detachKeys);
    }

    /** @param stream whether to carry output from now on @return a copy */
    public AttachOptions withStream(boolean stream) {
        return new AttachOptions(stream, logs, stdin, stdout, stderr, detachKeys);
    }

    /** @param stdin whether to carry stdin @return a copy */
    public AttachOptions withStdin(boolean stdin) {
        return new AttachOptions(stream, logs, stdin, stdout, stderr, detachKeys);
    }

    /** @param stdout whether to carry stdout @param stderr whether to carry stderr @return a copy */
    public AttachOptions withStreams(boolean stdout, boolean stderr) {
        return new AttachOptions(stream, logs, stdin, stdout, stderr, detachKeys);
    }

    /** @param detachKeys e.g. {@code ctrl-p,ctrl-q} @return a copy */
    public AttachOptions withDetachKeys(String detachKeys) {
        return new AttachOptions(stream, logs, stdin, stdout, stderr, Optional.of(Objects.requireNonNull(detachKeys, "detachKeys")));
    }
}
