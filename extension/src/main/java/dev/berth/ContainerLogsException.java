package dev.berth;

import org.apiguardian.api.API;

/**
 * {@code ContainerLogsException} carries the last log lines of one container. Berth attaches one to a failed test,
 * as a suppressed exception, for each container in the test's scope, so that the logs show in IDEs and build
 * reports next to the failure. It is not a failure itself, and it has no stack trace: only its message matters,
 * which names the container and holds its log lines.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ContainerLogsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String containerId;

    /**
     * For Berth's extension, which attaches these to failures.
     *
     * @param containerDescription the container's name, image and short id, as messages show them
     * @param containerId the container's id
     * @param lines how many log lines were asked for
     * @param tail the log lines
     */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public ContainerLogsException(String containerDescription, String containerId, int lines, String tail) {
        super("Last " + lines + " log lines of container " + containerDescription + ":"
                + (tail.isBlank() ? " (no output)" : "\n" + tail.stripTrailing()), null, false, false);
        this.containerId = containerId;
    }

    /** @return the id of the container whose log lines this holds */
    public String containerId() {
        return containerId;
    }
}
