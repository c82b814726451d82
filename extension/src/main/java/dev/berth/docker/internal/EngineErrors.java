package dev.berth.docker.internal;

import dev.berth.docker.BadRequestException;
import dev.berth.docker.ConflictException;
import dev.berth.docker.DockerException;
import dev.berth.docker.EngineUnavailableException;
import dev.berth.docker.ForbiddenException;
import dev.berth.docker.NotFoundException;
import dev.berth.docker.NotModifiedException;
import dev.berth.docker.ServerErrorException;
import dev.berth.docker.UnauthorizedException;
import dev.berth.docker.internal.http.HttpResponse;
import dev.berth.docker.internal.json.Json;
import dev.berth.docker.internal.transport.EngineEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * Turns an engine's error answer (a status and a body) or a failed connection into the matching
 * {@link DockerException}. Podman's differences in error answers are in {@link PodmanDifferences}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class EngineErrors {

    private static final int MAX_ERROR_BODY = 64 * 1024;

    private EngineErrors() {
    }

    /**
     * Reads an error response into the matching exception.
     *
     * @param response the answer, whose body is read (up to 64 KiB)
     * @param method the request's method
     * @param path the request's path, without version
     * @return the exception to throw
     */
    public static DockerException of(HttpResponse response, String method, String path) {
        String text;
        try {
            text = new String(response.body().readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            text = "";
        }
        return errorOfBody(response.status(), method, path, text);
    }

    /**
     * Maps an error answer to its exception, from the body as the engine sent it: Docker's {@code {"message"}} or
     * Podman's {@code {"cause", "message", "response"}}, whose 500s for conflicts become {@link ConflictException}.
     *
     * @param status the answer's status
     * @param method the request's method
     * @param path the request's path, without version
     * @param body the answer's body
     * @return the exception to throw
     */
    public static DockerException errorOfBody(int status, String method, String path, String body) {
        String engineMessage = engineMessage(body);
        if (PodmanDifferences.isConflict(status, body)) {
            return new ConflictException(500, method, path, engineMessage,
                    "The Docker engine answered 500 to " + method + " " + path + ": " + engineMessage);
        }
        return errorOf(status, method, path, engineMessage);
    }

    /**
     * Extracts the message of {@code {"message": ...}} (Docker) or {@code {"cause", "message"}} (Podman).
     *
     * @param body the answer's body
     * @return the message, or the body itself when it is not such JSON
     */
    public static String engineMessage(String body) {
        if (body.startsWith("{")) {
            try {
                String message = Json.member(body, "message");
                if (message != null) {
                    return message;
                }
                String cause = Json.member(body, "cause");
                if (cause != null) {
                    return cause;
                }
            } catch (UncheckedIOException e) {
                return body;
            }
        }
        return body;
    }

    /**
     * Maps a status to its exception type.
     *
     * @param status the answer's status
     * @param method the request's method
     * @param path the request's path, without version
     * @param engineMessage what the engine said
     * @return the exception to throw
     */
    public static DockerException errorOf(int status, String method, String path, String engineMessage) {
        String message = "The Docker engine answered " + status + " to " + method + " " + path + ": " + engineMessage;
        switch (status) {
            case 304:
                return new NotModifiedException(status, method, path, engineMessage, message);
            case 400:
                return new BadRequestException(status, method, path, engineMessage, message);
            case 401:
                return new UnauthorizedException(status, method, path, engineMessage, message);
            case 403:
                return new ForbiddenException(status, method, path, engineMessage, message);
            case 404:
                return new NotFoundException(status, method, path, engineMessage, message);
            case 409:
                return new ConflictException(status, method, path, engineMessage, message);
            default:
                return status >= 500
                        ? new ServerErrorException(status, method, path, engineMessage, message)
                        : new DockerException(status, method, path, engineMessage, message);
        }
    }

    /**
     * Turns a connection failure into a message that says where Berth looked and what to do.
     *
     * @param endpoint the engine's endpoint and where it was found
     * @param transport the transport's description, e.g. the socket's path
     * @param method the request's method
     * @param path the request's path, without version
     * @param cause the failure
     * @return the exception to throw
     */
    static EngineUnavailableException unavailable(EngineEndpoint endpoint, String transport, String method, String path,
            IOException cause) {
        String message = "Cannot talk to the Docker engine at " + transport + " (found via " + endpoint.source() + ") for "
                + method + " " + path + ": " + cause + ConnectionDiagnosis.of(endpoint, cause);
        return new EngineUnavailableException(method, path, message, cause);
    }
}
