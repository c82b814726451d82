package dev.berth.docker;

import org.apiguardian.api.API;

/**
 * {@code BadRequestException} is the engine's HTTP 400: a request the engine refuses as malformed.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class BadRequestException extends DockerException {

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
    public BadRequestException(int status, String method, String path, String engineMessage, String message) {
        super(status, method, path, engineMessage, message);
    }
}
