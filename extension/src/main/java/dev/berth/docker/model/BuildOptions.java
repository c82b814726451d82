package dev.berth.docker.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code BuildOptions} tunes an image build ({@code POST /build}): tags, Dockerfile, cache, intermediate
 * containers, build arguments and labels. Immutable: every {@code withX} returns a copy.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param tags {@code name:tag} references to give the image
 * @param dockerfile the Dockerfile's path inside the context
 * @param noCache build without the cache
 * @param remove remove intermediate containers after a successful build (the engine's default)
 * @param forceRemove always remove intermediate containers, even when the build fails
 * @param pull pull newer base images
 * @param buildArgs {@code ARG} values
 * @param labels labels for the image
 * @param target the stage of a multi-stage build to stop at; empty for the last
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record BuildOptions(List<String> tags, String dockerfile, boolean noCache, boolean remove, boolean forceRemove,
                           boolean pull, Map<String, String> buildArgs, Map<String, String> labels,
                           Optional<String> target) {

    /** Copies the collections. */
    public BuildOptions {
        Objects.requireNonNull(target, "target");
        tags = List.copyOf(tags);
        buildArgs = Map.copyOf(buildArgs);
        labels = Map.copyOf(labels);
    }

    /**
     * Options for a build that tags its image.
     *
     * @param tags {@code name:tag} references
     * @return the options: {@code Dockerfile}, cache on, intermediate containers removed
     */
    public static BuildOptions tagged(String... tags) {
        return new BuildOptions(List.of(tags), "Dockerfile", false, true, false, false, Map.of(), Map.of(), Optional.empty());
    }

    /** @param dockerfile the Dockerfile's path inside the context @return a copy */
    public BuildOptions withDockerfile(String dockerfile) {
        return new BuildOptions(tags, dockerfile, noCache, remove, forceRemove, pull, buildArgs, labels, target);
    }

    /** @param noCache whether to build without the cache @return a copy */
    public BuildOptions withNoCache(boolean noCache) {
        return new BuildOptions(tags, dockerfile, noCache, remove, forceRemove, pull, buildArgs, labels, target);
    }

    /** @param remove whether to remove intermediate containers after success @return a copy */
    public BuildOptions withRemove(boolean remove) {
        return new BuildOptions(tags, dockerfile, noCache, remove, forceRemove, pull, buildArgs, labels, target);
    }

    /** @param forceRemove whether to always remove intermediate containers @return a copy */
    public BuildOptions withForceRemove(boolean forceRemove) {
        return new BuildOptions(tags, dockerfile, noCache, remove, forceRemove, pull, buildArgs, labels, target);
    }

    /** @param pull whether to pull newer base images @return a copy */
    public BuildOptions withPull(boolean pull) {
        return new BuildOptions(tags, dockerfile, noCache, remove, forceRemove, pull, buildArgs, labels, target);
    }

    /** @param name an {@code ARG} @param value its value @return a copy */
    public BuildOptions withBuildArg(String name, String value) {
        Map<String, String> args = new LinkedHashMap<>(buildArgs);
        args.put(name, value);
        return new BuildOptions(tags, dockerfile, noCache, remove, forceRemove, pull, args, labels, target);
    }

    /** @param key a label's key @param value its value @return a copy */
    public BuildOptions withLabel(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(labels);
        copy.put(key, value);
        return new BuildOptions(tags, dockerfile, noCache, remove, forceRemove, pull, buildArgs, copy, target);
    }

    /** @param target the stage to stop at @return a copy */
    public BuildOptions withTarget(String target) {
        return new BuildOptions(tags, dockerfile, noCache, remove, forceRemove, pull, buildArgs, labels,
                Optional.of(Objects.requireNonNull(target, "target")));
    }
}
