package dev.berth.internal.junit;

import org.apiguardian.api.API;

/**
 * The last log lines of one container, attached to a failed test as a suppressed exception so that they show in
 * IDEs and build reports next to the failure. It has no stack trace: only its message matters.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ContainerLogs extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String containerId;

    ContainerLogs(String containerDescription, String containerId, int lines, String tail) {
        super("Last " + lines + " log lines of container " + containerDescription + ":"
                + (tail.isBlank() ? " (no output)" : "\n" + tail.stripTrailing()), null, false, false);
        this.containerId = containerId;
    }

    String containerId() {
        return containerId;
    }
}
