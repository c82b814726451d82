package dev.berth.docker.model;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code ImageInspect} is what {@code GET /images/{name}/json} reports of an image (the fields tests need).
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param id the image id, {@code sha256:...}
 * @param repoTags its {@code name:tag} references
 * @param repoDigests its {@code name@sha256:...} references
 * @param parent the parent image's id (local builds), or empty
 * @param comment the commit message, or empty
 * @param created when it was created (RFC 3339)
 * @param author its author, or empty
 * @param architecture e.g. {@code amd64}
 * @param os e.g. {@code linux}
 * @param size its size in bytes
 * @param config what containers of it run by default
 * @param rootFs its layers
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ImageInspect(String id, List<String> repoTags, List<String> repoDigests, String parent, String comment,
                           String created, String author, String architecture, String os, long size, Config config,
                           RootFs rootFs) {

    /**
     * An image's default container configuration.
     *
     * @param user the user
     * @param env the environment, {@code KEY=value}
     * @param cmd the command
     * @param entrypoint the entrypoint
     * @param workingDir the working directory
     * @param labels the labels
     * @param exposedPorts the exposed ports, e.g. {@code 8080/tcp}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Config(String user, List<String> env, List<String> cmd, List<String> entrypoint, String workingDir,
                         Map<String, String> labels, Map<String, Object> exposedPorts) {
    }

    /**
     * An image's layers.
     *
     * @param type {@code layers}
     * @param layers the layers' diff ids
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record RootFs(String type, List<String> layers) {
    }
}
