package dev.berth.docker.model;

import java.time.Instant;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code Event} is one thing that happened on the engine, as {@code GET /events} streams it: a container started,
 * an image was tagged, a network was connected, ...
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param type what kind of object: {@code container}, {@code image}, {@code network}, {@code volume}, ...
 * @param action what happened, e.g. {@code create}, {@code start}, {@code die}, {@code exec_start: sh -c ...}
 * @param actor the object it happened to
 * @param scope {@code local} or {@code swarm}
 * @param time when, in seconds since the epoch
 * @param timeNano when, in nanoseconds since the epoch
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Event(String type, String action, Actor actor, String scope, long time, long timeNano) {

    /**
     * The object an event is about.
     *
     * @param id its id (a container id, an image reference, a network id, a volume name)
     * @param attributes its attributes: labels, {@code name}, {@code image}, {@code exitCode}, ...
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Actor(String id, Map<String, String> attributes) {
    }

    /** @return when it happened */
    public Instant instant() {
        return Instant.ofEpochSecond(0, timeNano);
    }
}
