package dev.berth;

import org.apiguardian.api.API;

/**
 * {@code NoSuchContainerPathException} reports a path that does not exist inside a container.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class NoSuchContainerPathException extends BerthException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates the exception.
     *
     * @param path the path inside the container
     * @param message the full report, naming the path and the container
     */
    public NoSuchContainerPathException(String path, String message) {
        super(message);
        this.path = path;
    }

    /**
     * Returns the path that does not exist.
     *
     * @return the path inside the container
     */
    public String path() {
        return path;
    }
}
