package dev.berth;

import org.apiguardian.api.API;

/**
 * {@code ContainerExitTimeoutException} reports a container that did not exit within the timeout given to
 * {@link ContainerHandle#waitForExit(java.time.Duration)}; the container is left running.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public class ContainerExitTimeoutException extends BerthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened and what to do
     */
    public ContainerExitTimeoutException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what happened and what to do
     * @param cause the underlying failure
     */
    public ContainerExitTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
