package dev.berth.docker;

import dev.berth.docker.internal.EngineCall;
import dev.berth.docker.internal.StreamErrors;
import dev.berth.docker.internal.http.HttpResponse;
import dev.berth.docker.internal.json.Json;
import dev.berth.docker.internal.json.JsonObjectStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * {@code EngineStream} is a live sequence of values the engine sends as they happen: events
 * ({@link SystemApi#events}) or resource usage samples ({@link ContainerApi#statsStream}). Read it with
 * {@link #next()}; it ends when the engine ends it (an events window's {@code until}, a container's removal) or
 * when it is closed. Must be closed; closing it from another thread unblocks a waiting {@link #next()}.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param <T> the values' type
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EngineStream<T> implements AutoCloseable {

    private final HttpResponse response;
    private JsonObjectStream objects;
    private final Function<Object, T> convert;
    private final String method;
    private final String path;
    private volatile boolean closed;

    EngineStream(EngineCall call, Function<Object, T> convert) {
        this.method = call.method();
        this.path = call.path();
        this.response = call.send();
        this.convert = convert;
    }

    /**
     * Blocks until the next value arrives.
     *
     * @return the value, or empty when the stream has ended or was closed
     * @throws DockerException when the engine reports an error in the stream, or the connection fails
     */
    public Optional<T> next() {
        if (closed) {
            return Optional.empty();
        }
        Object node;
        try {
            if (objects == null) {
                objects = Json.objects(response.body());
            }
            node = objects.next();
        } catch (IOException | UncheckedIOException e) {
            if (closed) {
                return Optional.empty();
            }
            throw new DockerException(0, method, path, String.valueOf(e.getMessage()),
                    "The stream of " + method + " " + path + " broke off: " + e.getMessage(), e);
        }
        if (node == null) {
            return Optional.empty();
        }
        String error = StreamErrors.messageOf(node);
        if (error != null) {
            throw StreamErrors.failure(method, path, error);
        }
        return Optional.of(convert.apply(node));
    }

    /**
     * Blocks until a value matches, skipping the others.
     *
     * @param condition what to wait for
     * @return the first matching value, or empty when the stream ended first
     */
    public Optional<T> awaitMatch(Predicate<? super T> condition) {
        Optional<T> value;
        do {
            value = next();
        } while (value.isPresent() && !condition.test(value.get()));
        return value;
    }

    /** Stops the stream and closes its connection. Idempotent; may be called from another thread. */
    @Override
    public void close() {
        closed = true;
        response.abort();
    }
}
