package dev.berth.docker.model;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code Volume} is a volume as {@code GET /volumes/{name}} and {@code GET /volumes} report it.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param name its name
 * @param driver e.g. {@code local}
 * @param mountpoint where it lives on the engine's host
 * @param createdAt when it was created (RFC 3339)
 * @param labels its labels
 * @param scope {@code local} or {@code global}
 * @param options its driver options
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Volume(String name, String driver, String mountpoint, String createdAt, Map<String, String> labels,
                     String scope, Map<String, String> options) {
}
