package dev.berth;

import org.apiguardian.api.API;

/**
 * {@code ContainerNotRunningException} reports an operation that needs a running container (an exec, a write or read
 * that goes through {@code tar} inside the container, {@code pause}, {@code kill}) on one whose state does not allow
 * it: it has exited or was stopped, or it is paused.
 *
 * <p>The message names the operation and the container and quotes the engine's answer, e.g. "Container &lt;id&gt; is
 * not running"; the cause is the engine's {@link dev.berth.docker.DockerException}.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public class ContainerNotRunningException extends BerthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened and what to do
     */
    public ContainerNotRunningException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what happened and what to do
     * @param cause the underlying failure
     */
    public ContainerNotRunningException(String message, Throwable cause) {
        super(message, cause);
    }
}
