package dev.berth.docker.model;

import org.apiguardian.api.API;

/**
 * {@code FileChange} is one path that differs between a container's filesystem and its image, as
 * {@code GET /containers/{id}/changes} reports it.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param path the absolute path
 * @param kind how it changed
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FileChange(String path, Kind kind) {

    /** How a path changed. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public enum Kind {
        /** Changed (kind 0). */
        MODIFIED,
        /** Added (kind 1). */
        ADDED,
        /** Deleted (kind 2). */
        DELETED;

        /**
         * Maps the engine's number.
         *
         * @param kind 0, 1 or 2
         * @return the kind
         * @throws IllegalArgumentException for any other number
         */
        public static Kind of(int kind) {
            if (kind < 0 || kind >= values().length) {
                throw new IllegalArgumentException("unknown change kind " + kind + "; the engine uses 0 (modified), 1 (added), 2 (deleted)");
            }
            return values()[kind];
        }
    }
}
