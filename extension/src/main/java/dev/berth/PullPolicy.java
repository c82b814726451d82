package dev.berth;

import org.apiguardian.api.API;

/**
 * {@code PullPolicy} says when Berth pulls a container's image from its registry.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum PullPolicy {
    /** The configured default ({@code berth.pull.policy}), itself {@link #IF_MISSING} unless set. */
    DEFAULT,
    /** Pull when the engine does not have the image. */
    IF_MISSING,
    /** Pull before every container is created. */
    ALWAYS,
    /** Never pull: a missing image fails the container with a message that says so. */
    NEVER
}
