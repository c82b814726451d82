package dev.berth.docker;

import org.apiguardian.api.API;

/**
 * {@code EngineUnavailableException} reports that no Docker engine answered: the message says where Berth
 * looked (and why there), what went wrong, and how to start an engine.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class EngineUnavailableException extends DockerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param method the request method
     * @param path the request path
     * @param message the full message
     * @param cause the connection failure
     */
    public EngineUnavailableException(String method, String path, String message, Throwable cause) {
        super(0, method, path, cause == null ? "" : String.valueOf(cause.getMessage()), message, cause);
    }
}
