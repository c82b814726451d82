package dev.berth.docker.model;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code ImageSummary} is one image as {@code GET /images/json} lists it.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param id the image id, {@code sha256:...}
 * @param parentId the parent's id, or empty
 * @param repoTags its {@code name:tag} references
 * @param repoDigests its {@code name@sha256:...} references
 * @param created when it was created (seconds since the epoch)
 * @param size its size in bytes
 * @param labels its labels
 * @param containers how many containers use it (-1 when not computed)
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ImageSummary(String id, String parentId, List<String> repoTags, List<String> repoDigests, long created,
                           long size, Map<String, String> labels, int containers) {
}
