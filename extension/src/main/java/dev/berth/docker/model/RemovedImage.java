package dev.berth.docker.model;

import org.apiguardian.api.API;

/**
 * {@code RemovedImage} is one effect of removing an image ({@code DELETE /images/{name}}): a reference untagged
 * or an image layer deleted.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param untagged the reference removed, or {@code null}
 * @param deleted the image id deleted, or {@code null}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RemovedImage(String untagged, String deleted) {
}
