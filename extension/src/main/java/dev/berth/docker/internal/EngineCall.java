package dev.berth.docker.internal;

import dev.berth.docker.DockerException;
import dev.berth.docker.internal.http.HijackedStream;
import dev.berth.docker.internal.http.HttpRequest;
import dev.berth.docker.internal.http.HttpResponse;
import dev.berth.docker.internal.http.RequestBody;
import dev.berth.docker.internal.http.WebSocket;
import dev.berth.docker.internal.json.Json;
import dev.berth.docker.internal.json.JsonObjectStream;
import dev.berth.docker.model.ProgressEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * One request to an engine being built (method, path, query, headers, body), then sent and its answer read in
 * one of the ways the Engine API answers: JSON, text, a stream, a hijacked connection or a websocket. Errors
 * become {@link DockerException}s.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class EngineCall {
    private final EngineApi engine;
    private final String method;
    private final String path;
    private final StringBuilder query = new StringBuilder();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private RequestBody body;
    private boolean unversioned;

    EngineCall(EngineApi engine, String method, String path) {
        this.engine = engine;
        this.method = method;
        this.path = path;
    }

    public EngineCall query(String name, Object value) {
        if (value != null) {
            query.append(query.length() == 0 ? '?' : '&').append(name).append('=').append(UrlEncoding.encodeQuery(String.valueOf(value)));
        }
        return this;
    }

    /** Adds the engine's {@code filters} parameter (JSON of name to values) unless there are none. */
    public EngineCall filters(Map<String, List<String>> filters) {
        return query("filters", filters == null || filters.isEmpty() ? null : Json.writeString(filters));
    }

    /** Adds a boolean query parameter only when true (the engine's default is false). */
    public EngineCall flag(String name, boolean value) {
        return value ? query(name, "1") : this;
    }

    public EngineCall header(String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
        return this;
    }

    public EngineCall json(Object value) {
        this.body = RequestBody.json(Json.write(value));
        return this;
    }

    public EngineCall body(RequestBody requestBody) {
        this.body = requestBody;
        return this;
    }

    public EngineCall unversioned() {
        this.unversioned = true;
        return this;
    }

    private HttpRequest request() {
        String prefix = unversioned ? "" : "/v" + engine.version();
        return new HttpRequest(method, prefix + path + query, headers, body);
    }

    /** Sends the call; a status of 400 or more becomes a {@link DockerException}. Must be closed. */
    public HttpResponse send() {
        return engine.send(request(), method, path);
    }

    /** An answer read from a response. */
    private interface Reading<T> {
        T read(HttpResponse response) throws IOException;
    }

    /** Sends the call, reads its answer with {@code reading} and closes it; a broken read is the engine unavailable. */
    private <T> T answer(Reading<T> reading) {
        try (HttpResponse r = send()) {
            return reading.read(r);
        } catch (IOException e) {
            throw engine.unavailable(method, path, e);
        }
    }

    /** Sends the call and reads the answer into {@code type}. */
    public <T> T read(Class<T> type) {
        return answer(r -> Json.read(r.bytes(), type));
    }

    /** Sends the call and reads the answer into a generic type, e.g. a list of records. */
    public <T> T read(Type type) {
        return answer(r -> Json.read(r.bytes(), type));
    }

    /**
     * Sends the call, waits for the answer's head, then reads its body on a daemon thread: for answers that
     * come only when something happens (a wait). Cancelling the future closes the connection.
     */
    public <T> CompletableFuture<T> readAsync(Class<T> type) {
        HttpResponse response = send();
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (response) {
                result.complete(Json.read(response.bytes(), type));
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "berth-" + method + "-" + path);
        reader.setDaemon(true);
        reader.start();
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                response.abort();
            }
        });
        return result;
    }

    /** Sends the call and reads the answer as a JSON tree ({@link Json#tree}); {@code null} for an empty body. */
    public Object tree() {
        byte[] bytes = answer(HttpResponse::bytes);
        return bytes.length == 0 ? null : Json.tree(bytes);
    }

    /**
     * Sends the call and reads one text member of the answer (a JSON object), such as the {@code Id} of a
     * created exec.
     */
    public String member(String name) {
        return answer(r -> Json.member(r.bytes(), name));
    }

    /** Sends the call and discards the answer's body. */
    public void discard() {
        answer(r -> r.body().transferTo(OutputStream.nullOutputStream()));
    }

    /** Sends the call and reads the answer as text. */
    public String text() {
        return answer(r -> r.text());
    }

    /** Sends the call asking for the connection to be taken over; errors become {@link DockerException}s. */
    public HijackedStream hijack() {
        try {
            return engine.http().hijack(request(), r -> {
                throw EngineErrors.of(r, method, path);
            });
        } catch (IOException e) {
            throw engine.unavailable(method, path, e);
        }
    }

    /** Sends the call asking for a websocket (RFC 6455) on the connection; errors become {@link DockerException}s. */
    public WebSocket webSocket() {
        try {
            return WebSocket.connect(engine.http(), request(), r -> {
                throw EngineErrors.of(r, method, path);
            });
        } catch (IOException e) {
            throw engine.unavailable(method, path, e);
        }
    }

    /**
     * Sends the call and hands each object of the streamed JSON answer to {@code each} as it arrives (pull,
     * push, build, load, import). An {@code errorDetail} in the stream becomes a {@link DockerException}.
     */
    public void progress(Consumer<ProgressEvent> each) {
        try (HttpResponse r = send(); JsonObjectStream objects = Json.objects(r.body())) {
            Object node;
            while ((node = objects.next()) != null) {
                String error = StreamErrors.messageOf(node);
                if (error != null) {
                    throw StreamErrors.failure(method, path, error);
                }
                each.accept(Json.bind(node, ProgressEvent.class));
            }
        } catch (IOException e) {
            throw engine.unavailable(method, path, e);
        }
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }
}
