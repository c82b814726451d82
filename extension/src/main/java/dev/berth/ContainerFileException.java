package dev.berth;

import org.apiguardian.api.API;

/**
 * {@code ContainerFileException} reports a file that could not be copied into or out of a container, written or
 * read: a read-only target, a missing host path, a directory read as a file, a host path of the wrong kind, or an
 * archive entry that would land outside the destination.
 *
 * <p>A path that does not exist in the container is a {@link NoSuchContainerPathException} instead, a container that
 * is gone a {@link NoSuchContainerException}, and one that must run but does not a {@link ContainerNotRunningException}.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public class ContainerFileException extends BerthException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened and what to do
     */
    public ContainerFileException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what happened and what to do
     * @param cause the underlying failure
     */
    public ContainerFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
