package dev.berth.docker.model;

import org.apiguardian.api.API;

/**
 * {@code EngineVersion} is the engine's version, as {@code GET /version} reports it.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param version the engine's release, e.g. {@code 20.10.24}
 * @param apiVersion the newest API version it speaks
 * @param minApiVersion the oldest API version it speaks
 * @param gitCommit the commit it was built from
 * @param goVersion the Go release it was built with
 * @param os e.g. {@code linux}
 * @param arch e.g. {@code amd64}
 * @param kernelVersion the host's kernel
 * @param buildTime when it was built
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EngineVersion(String version, String apiVersion, String minApiVersion, String gitCommit, String goVersion,
                            String os, String arch, String kernelVersion, String buildTime) {
}
