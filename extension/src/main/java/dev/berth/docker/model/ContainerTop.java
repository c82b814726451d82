package dev.berth.docker.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code ContainerTop} is a container's process table, as {@code GET /containers/{id}/top} reports it from
 * {@code ps} on the engine's host.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param titles the column titles, e.g. {@code PID}, {@code USER}, {@code COMMAND}
 * @param processes one row per process, one value per title
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ContainerTop(List<String> titles, List<List<String>> processes) {

    /**
     * Returns one column.
     *
     * @param title a column title, e.g. {@code PID}
     * @return its values, one per process
     * @throws IllegalArgumentException when there is no such column; the message lists the titles
     */
    public List<String> column(String title) {
        int index = titles.indexOf(title);
        if (index < 0) {
            throw new IllegalArgumentException("The process table has no column \"" + title + "\"; its columns are " + titles);
        }
        return processes.stream().map(row -> row.get(index)).toList();
    }
}
