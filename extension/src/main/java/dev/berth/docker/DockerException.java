package dev.berth.docker;

import dev.berth.BerthException;
import org.apiguardian.api.API;

/**
 * {@code DockerException} is an error answered by the Docker engine: it carries the HTTP status, the request's
 * method and path, and the engine's own message. Subclasses name the common statuses.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class DockerException extends BerthException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String method;
    private final String path;
    private final String engineMessage;

    /**
     * Creates the exception.
     *
     * @param status the HTTP status (0 when the engine could not be reached)
     * @param method the request method
     * @param path the request path
     * @param engineMessage the engine's message
     * @param message the full message
     */
    public DockerException(int status, String method, String path, String engineMessage, String message) {
        super(message);
        this.status = status;
        this.method = method;
        this.path = path;
        this.engineMessage = engineMessage;
    }

    /**
     * Creates the exception with a cause.
     *
     * @param status the HTTP status (0 when the engine could not be reached)
     * @param method the request method
     * @param path the request path
     * @param engineMessage the engine's message
     * @param message the full message
     * @param cause the underlying failure
     */
    public DockerException(int status, String method, String path, String engineMessage, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.method = method;
        this.path = path;
        this.engineMessage = engineMessage;
    }

    /** @return the HTTP status, or 0 when no answer came */
    public int status() {
        return status;
    }

    /** @return the request method */
    public String method() {
        return method;
    }

    /** @return the request path (without the API version prefix or query) */
    public String path() {
        return path;
    }

    /** @return the engine's message as it sent it */
    public String engineMessage() {
        return engineMessage;
    }
}
