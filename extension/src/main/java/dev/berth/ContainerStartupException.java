package dev.berth;

import org.apiguardian.api.API;

/**
 * {@code ContainerStartupException} reports a container that could not be made ready: its image could not be
 * had, it could not be created or started, it exited while waited on, or a wait timed out.
 *
 * <p>The message carries the container's name, image and short id, what was awaited, its state and exit code,
 * the timeout, and its last log lines.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class ContainerStartupException extends BerthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the full report
     */
    public ContainerStartupException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message the full report
     * @param cause the underlying failure
     */
    public ContainerStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
