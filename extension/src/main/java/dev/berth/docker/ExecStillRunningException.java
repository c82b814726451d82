package dev.berth.docker;

import org.apiguardian.api.API;

/**
 * {@code ExecStillRunningException} reports an exec whose output has ended while the engine, asked again and again
 * for about two seconds ({@code GET /exec/{id}/json}), still reports it running, so that it has no exit code.
 *
 * <p>The engine answered 200; its answer contradicts the ended output. {@link #engineMessage()} is
 * {@code "Running: true"}.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public class ExecStillRunningException extends DockerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status the HTTP status of the last inspection
     * @param method the request method
     * @param path the request path
     * @param engineMessage what the engine reported
     * @param message the full message
     */
    public ExecStillRunningException(int status, String method, String path, String engineMessage, String message) {
        super(status, method, path, engineMessage, message);
    }
}
