package dev.berth.docker.model;

import org.apiguardian.api.API;

/**
 * {@code WaitResult} is the answer of {@code POST /containers/{id}/wait}.
 *
 * @param statusCode the container's exit code
 * @param error the engine's error while waiting, if any
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record WaitResult(int statusCode, Error error) {

    /**
     * An error while waiting.
     *
     * @param message the message
     */
    public record Error(String message) {
    }
}
