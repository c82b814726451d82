package dev.berth.docker.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code ExecInspect} is what {@code GET /exec/{id}/json} reports of an exec.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param id the exec's id
 * @param running whether its process runs
 * @param exitCode its exit code ({@code null} while running)
 * @param pid its process's pid on the host
 * @param containerId the container's id
 * @param openStdin whether stdin is attached
 * @param processConfig its command, user and TTY
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ExecInspect(String id, boolean running, Integer exitCode, int pid, String containerId,
                          boolean openStdin, ProcessConfig processConfig) {

    /**
     * The exec's process.
     *
     * @param entrypoint the program
     * @param arguments its arguments
     * @param user its user
     * @param privileged whether it is privileged
     * @param tty whether it has a TTY
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record ProcessConfig(String entrypoint, List<String> arguments, String user, boolean privileged, boolean tty) {
    }
}
