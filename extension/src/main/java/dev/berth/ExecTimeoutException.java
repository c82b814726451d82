package dev.berth;

import org.apiguardian.api.API;

/**
 * {@code ExecTimeoutException} reports an exec that did not finish within its {@link Exec#withTimeout timeout}.
 *
 * <p>The message names the container and the command, the timeout, what happened to the process (Berth kills it
 * only where it can prove the engine's pid to be the exec's own on this machine, and otherwise says that it is
 * still running in the container, and why), and the output captured so far.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class ExecTimeoutException extends BerthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the full report
     */
    public ExecTimeoutException(String message) {
        super(message);
    }
}
