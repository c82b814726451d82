package dev.berth;

import org.apiguardian.api.API;

/**
 * {@code CleanupException} reports that Berth could not remove everything a scope created (its containers and
 * networks) at the end of that scope; the JVM's shutdown hook retries.
 *
 * <p>The cause is the first failure, and the others are suppressed exceptions.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public class CleanupException extends BerthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened and what to do
     */
    public CleanupException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what happened and what to do
     * @param cause the underlying failure
     */
    public CleanupException(String message, Throwable cause) {
        super(message, cause);
    }
}
