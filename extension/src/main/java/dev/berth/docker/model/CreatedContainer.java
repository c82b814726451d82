package dev.berth.docker.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code CreatedContainer} is the answer of {@code POST /containers/create}.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param id the new container's id
 * @param warnings the engine's warnings
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CreatedContainer(String id, List<String> warnings) {
}
