package dev.berth.docker.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code PruneResult} is what a prune removed ({@code POST /containers/prune}, {@code /images/prune},
 * {@code /networks/prune}, {@code /volumes/prune}).
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param deleted the ids (containers, images) or names (networks, volumes) removed
 * @param spaceReclaimed bytes freed (0 for networks)
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PruneResult(List<String> deleted, long spaceReclaimed) {

    /** Copies the list. */
    public PruneResult {
        deleted = List.copyOf(deleted);
    }
}
