package dev.berth.docker.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code CreatedContainer} is the answer of {@code POST /containers/create}.
 *
 * @param id the new container's id
 * @param warnings the engine's warnings
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record CreatedContainer(String id, List<String> warnings) {
}
