package dev.berth.docker.model;

import org.apiguardian.api.API;

/**
 * {@code WaitCondition} is what {@code POST /containers/{id}/wait} waits for.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum WaitCondition {
    /** Until the container is not running (returns at once when it is not). */
    NOT_RUNNING("not-running"),
    /** Until the container's next exit. */
    NEXT_EXIT("next-exit"),
    /** Until the container is removed. */
    REMOVED("removed");

    private final String value;

    WaitCondition(String value) {
        this.value = value;
    }

    /** @return the engine's name for it */
    public String value() {
        return value;
    }
}
