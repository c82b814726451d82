package dev.berth.docker.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code ContainerState} is a container's state as {@code GET /containers/{id}/json} reports it.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param status {@code created}, {@code running}, {@code paused}, {@code restarting}, {@code removing},
 *               {@code exited} or {@code dead}
 * @param running whether it runs
 * @param paused whether it is paused
 * @param restarting whether it restarts
 * @param oomKilled whether the kernel's OOM killer ended it
 * @param dead whether it is dead
 * @param pid the main process's pid on the host (0 when not running)
 * @param exitCode the last exit code
 * @param error the engine's error, e.g. why it could not start
 * @param startedAt when it last started (RFC 3339)
 * @param finishedAt when it last exited (RFC 3339)
 * @param health its health, when the image or config has a health check
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ContainerState(String status, boolean running, boolean paused, boolean restarting, boolean oomKilled,
                             boolean dead, int pid, int exitCode, String error, String startedAt, String finishedAt,
                             Health health) {

    /**
     * A container's health, from its HEALTHCHECK.
     *
     * @param status {@code starting}, {@code healthy} or {@code unhealthy}
     * @param failingStreak consecutive failed checks
     * @param log the last checks
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Health(String status, int failingStreak, List<HealthLog> log) {
    }

    /**
     * One health check run.
     *
     * @param start when it started
     * @param end when it ended
     * @param exitCode its exit code
     * @param output its output
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record HealthLog(String start, String end, int exitCode, String output) {
    }
}
