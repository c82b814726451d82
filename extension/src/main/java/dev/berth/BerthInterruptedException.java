package dev.berth;

import org.apiguardian.api.API;

/**
 * {@code BerthInterruptedException} reports that the thread was interrupted while Berth waited for a container or
 * an exec (a JUnit {@code @Timeout}, a cancelled run); the thread's interrupt status is kept.
 *
 * <p>The message says what Berth was doing and what it left behind. An interrupt during a container's start-up is
 * a {@link ContainerStartupException} instead.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public class BerthInterruptedException extends BerthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened and what to do
     */
    public BerthInterruptedException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what happened and what to do
     * @param cause the underlying failure
     */
    public BerthInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
