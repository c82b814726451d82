package dev.berth.docker.model;

import org.apiguardian.api.API;

/**
 * {@code Ping} is the engine's answer to {@code GET /_ping}: it is up, and what it speaks.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param apiVersion the newest API version the engine speaks, e.g. {@code 1.41}
 * @param osType {@code linux} or {@code windows}
 * @param experimental whether experimental features are on
 * @param builderVersion the default builder, e.g. {@code 1} (classic) or {@code 2} (BuildKit), or {@code null}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Ping(String apiVersion, String osType, boolean experimental, String builderVersion) {
}
