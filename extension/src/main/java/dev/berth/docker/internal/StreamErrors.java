package dev.berth.docker.internal;

import dev.berth.docker.DockerException;
import dev.berth.docker.internal.json.Json;
import org.apiguardian.api.API;

/**
 * Errors the engine reports inside an answer it began with 200: the {@code errorDetail} / {@code error} members
 * of a streamed JSON progress answer (pull, push, build, load, import) or event stream, and the exception they
 * become.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class StreamErrors {

    private StreamErrors() {
    }

    /**
     * Reads an error carried inside a 200 progress stream ({@code errorDetail} / {@code error}).
     *
     * @param event one object of the stream, as {@link Json#tree} reads it
     * @return the engine's message, or {@code null} when the object reports no error
     */
    public static String messageOf(Object event) {
        String detail = Json.text(event, "errorDetail", "message");
        return detail != null ? detail : Json.text(event, "error");
    }

    /**
     * The exception for an error the engine reports inside a 200 stream (pull, push, build).
     *
     * @param method the request's method
     * @param path the request's path, without version
     * @param engineMessage what the engine said
     * @return a {@link DockerException} with {@code status()} 200
     */
    public static DockerException failure(String method, String path, String engineMessage) {
        return new DockerException(200, method, path, engineMessage,
                "The Docker engine reported an error while streaming its answer to " + method + " " + path + ": " + engineMessage);
    }
}
