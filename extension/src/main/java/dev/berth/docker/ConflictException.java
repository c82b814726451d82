package dev.berth.docker;

import org.apiguardian.api.API;

/**
 * {@code ConflictException} is the engine's HTTP 409: a conflict, e.g. a name in use or a container that is not running.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class ConflictException extends DockerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status the HTTP status
     * @param method the request method
     * @param path the request path
     * @param engineMessage the engine's message
     * @param message the full message
     */
    public ConflictException(int status, String method, String path, String engineMessage, String message) {
        super(status, method, path, engineMessage, message);
    }
}
