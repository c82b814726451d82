package dev.berth.docker.model;

import org.apiguardian.api.API;

/**
 * {@code WaitResult} is the answer of {@code POST /containers/{id}/wait}.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param statusCode the container's exit code
 * @param error the engine's error while waiting, if any
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record WaitResult(int statusCode, Error error) {

    /**
     * An error while waiting.
     *
     * @param message the message
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Error(String message) {
    }
}
