package dev.berth;

import org.apiguardian.api.API;

/**
 * {@code NoSuchContainerException} reports an operation on a container that no longer exists on the engine, most
 * often because something outside the test removed it.
 *
 * <p>The message names the operation and the container (name, image, short id) and quotes the engine's answer; the
 * cause is the engine's {@link dev.berth.docker.NotFoundException}.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public class NoSuchContainerException extends BerthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened and what to do
     */
    public NoSuchContainerException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what happened and what to do
     * @param cause the underlying failure
     */
    public NoSuchContainerException(String message, Throwable cause) {
        super(message, cause);
    }
}
