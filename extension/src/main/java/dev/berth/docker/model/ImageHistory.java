package dev.berth.docker.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code ImageHistory} is one layer of an image's history, as {@code GET /images/{name}/history} reports it,
 * newest first.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param id the layer's image id, or {@code <missing>} for layers pulled from a registry
 * @param created when it was created (seconds since the epoch)
 * @param createdBy the instruction that made it, e.g. {@code /bin/sh -c #(nop)  CMD ["sh"]}
 * @param tags the references pointing at it
 * @param size its size in bytes
 * @param comment its comment
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ImageHistory(String id, long created, String createdBy, List<String> tags, long size, String comment) {
}
