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
import dev.berth.docker.internal.http.ConnectionPool;
import dev.berth.docker.internal.http.HijackedStream;
import dev.berth.docker.internal.http.Http1Client;
import dev.berth.docker.internal.http.HttpRequest;
import dev.berth.docker.internal.http.HttpResponse;
import dev.berth.docker.internal.http.RequestBody;
import dev.berth.docker.internal.http.WebSocket;
import dev.berth.docker.internal.json.Json;
import dev.berth.docker.internal.json.JsonObjectStream;
import dev.berth.docker.internal.transport.EngineEndpoint;
import dev.berth.docker.internal.transport.Transport;
import dev.berth.docker.model.ProgressEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Berth's calls to one engine: versioned paths, query strings, JSON bodies, and engine errors turned into
 * {@link DockerException}s. Thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class EngineApi implements AutoCloseable {

    /** The newest Engine API version this client is written for; a newer engine is spoken to in this one. */
    public static final String NEWEST_KNOWN_VERSION = "1.47";
    /** The oldest Engine API version Berth supports (Docker 20.10, Podman 4). */
    public static final String OLDEST_SUPPORTED_VERSION = "1.41";

    private static final int MAX_IDLE_CONNECTIONS = 8;
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final EngineEndpoint endpoint;
    private final Http1Client http;
    private volatile String version;

    public EngineApi(EngineEndpoint endpoint, Transport transport, String fixedVersion) {
        this.endpoint = endpoint;
        this.http = new Http1Client(new ConnectionPool(transport, MAX_IDLE_CONNECTIONS));
        this.version = fixedVersion;
    }

    public EngineEndpoint endpoint() {
        return endpoint;
    }

    public Http1Client http() {
        return http;
    }

    /**
     * Negotiates the API version from {@code /_ping}'s {@code Api-Version} header: the engine's, capped at
     * {@link #NEWEST_KNOWN_VERSION}.
     */
    public String negotiate() {
        if (version != null) {
            return version;
        }
        try (HttpResponse r = send(HttpRequest.of("GET", "/_ping"), "GET", "/_ping")) {
            r.bytes();
            String engine = r.header("Api-Version");
            version = engine == null ? OLDEST_SUPPORTED_VERSION : min(engine, NEWEST_KNOWN_VERSION);
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the negotiated API version, e.g. {@code 1.41} */
    public String version() {
        return negotiate();
    }

    static String min(String a, String b) {
        return compareVersions(a, b) <= 0 ? a : b;
    }

    /** Compares dotted versions numerically. */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? digitsOf(x[i]) : 0;
            int yi = i < y.length ? digitsOf(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    /** @return the number the digits of {@code part} make ({@code "41-rc1"} gives 411, as before), 0 for none */
    private static int digitsOf(String part) {
        int value = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
            }
        }
        return value;
    }

    /** Starts a call to a versioned endpoint, e.g. {@code call("POST", "/containers/create")}. */
    public Call call(String method, String path) {
        return new Call(method, path);
    }

    /** One request being built, then sent. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public final class Call {
        private final String method;
        private final String path;
        private final StringBuilder query = new StringBuilder();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private RequestBody body;
        private boolean unversioned;

        Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call query(String name, Object value) {
            if (value != null) {
                query.append(query.length() == 0 ? '?' : '&').append(name).append('=').append(UrlEncoding.encodeQuery(String.valueOf(value)));
            }
            return this;
        }

        /** Adds the engine's {@code filters} parameter (JSON of name to values) unless there are none. */
        public Call filters(Map<String, List<String>> filters) {
            return query("filters", filters == null || filters.isEmpty() ? null : Json.writeString(filters));
        }

        /** Adds a boolean query parameter only when true (the engine's default is false). */
        public Call flag(String name, boolean value) {
            return value ? query(name, "1") : this;
        }

        public Call header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        public Call json(Object value) {
            this.body = RequestBody.json(Json.write(value));
            return this;
        }

        public Call body(RequestBody requestBody) {
            this.body = requestBody;
            return this;
        }

        public Call unversioned() {
            this.unversioned = true;
            return this;
        }

        private HttpRequest request() {
            String prefix = unversioned ? "" : "/v" + negotiate();
            return new HttpRequest(method, prefix + path + query, headers, body);
        }

        /** Sends the call; a status of 400 or more becomes a {@link DockerException}. Must be closed. */
        public HttpResponse send() {
            return EngineApi.this.send(request(), method, path);
        }

        /** Sends the call and reads the answer into {@code type}. */
        public <T> T read(Class<T> type) {
            try (HttpResponse r = send()) {
                return Json.read(r.bytes(), type);
            } catch (IOException e) {
                throw unavailable(method, path, e);
            }
        }

        /** Sends the call and reads the answer into a generic type, e.g. a list of records. */
        public <T> T read(Type type) {
            try (HttpResponse r = send()) {
                return Json.read(r.bytes(), type);
            } catch (IOException e) {
                throw unavailable(method, path, e);
            }
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
            try (HttpResponse r = send()) {
                byte[] bytes = r.bytes();
                return bytes.length == 0 ? null : Json.tree(bytes);
            } catch (IOException e) {
                throw unavailable(method, path, e);
            }
        }

        /**
         * Sends the call and reads one text member of the answer (a JSON object), such as the {@code Id} of a
         * created exec.
         */
        public String member(String name) {
            try (HttpResponse r = send()) {
                return Json.member(r.bytes(), name);
            } catch (IOException e) {
                throw unavailable(method, path, e);
            }
        }

        /** Sends the call and discards the answer's body. */
        public void discard() {
            try (HttpResponse r = send()) {
                r.body().transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw unavailable(method, path, e);
            }
        }

        /** Sends the call and reads the answer as text. */
        public String text() {
            try (HttpResponse r = send()) {
                return r.text();
            } catch (IOException e) {
                throw unavailable(method, path, e);
            }
        }

        /** Sends the call asking for the connection to be taken over; errors become {@link DockerException}s. */
        public HijackedStream hijack() {
            try {
                return http.hijack(request(), r -> {
                    throw error(r, method, path);
                });
            } catch (IOException e) {
                throw unavailable(method, path, e);
            }
        }

        /** Sends the call asking for a websocket (RFC 6455) on the connection; errors become {@link DockerException}s. */
        public WebSocket webSocket() {
            try {
                return WebSocket.connect(http, request(), r -> {
                    throw error(r, method, path);
                });
            } catch (IOException e) {
                throw unavailable(method, path, e);
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
                    String error = streamError(node);
                    if (error != null) {
                        throw streamFailure(method, path, error);
                    }
                    each.accept(Json.bind(node, ProgressEvent.class));
                }
            } catch (IOException e) {
                throw unavailable(method, path, e);
            }
        }

        public String method() {
            return method;
        }

        public String path() {
            return path;
        }
    }

    HttpResponse send(HttpRequest request, String method, String path) {
        HttpResponse response;
        try {
            response = http.execute(request);
        } catch (IOException e) {
            throw unavailable(method, path, e);
        }
        if (response.status() >= 300 && response.status() != 304 || response.status() == 304 && !method.equals("GET")) {
            try (response) {
                throw error(response, method, path);
            }
        }
        return response;
    }

    /** Reads an error response into the matching exception. */
    public DockerException error(HttpResponse response, String method, String path) {
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
     */
    public static DockerException errorOfBody(int status, String method, String path, String body) {
        String engineMessage = engineMessage(body);
        if (status == 500 && PODMAN_CONFLICTS.contains(podmanCause(body))) {
            return new ConflictException(500, method, path, engineMessage,
                    "The Docker engine answered 500 to " + method + " " + path + ": " + engineMessage);
        }
        return errorOf(status, method, path, engineMessage);
    }

    /**
     * The {@code cause} values with which Podman's Docker-compatible API answers 500 where Docker answers 409 (a
     * name in use, a container in the wrong state, a resource in use): raised as {@link ConflictException} all
     * the same, with the status the engine sent.
     */
    static final Set<String> PODMAN_CONFLICTS = Set.of("container state improper", "that name is already in use",
            "network already exists", "volume already exists", "pod already exists", "network is being used", "volume is being used",
            "image is in use by a container");

    /** @return the {@code cause} of a Podman error body ({@code {"cause", "message", "response"}}), or {@code ""} */
    static String podmanCause(String body) {
        if (body.startsWith("{")) {
            try {
                String cause = Json.member(body, "cause");
                return cause == null ? "" : cause;
            } catch (UncheckedIOException e) {
                return "";
            }
        }
        return "";
    }

    /** Extracts the message of {@code {"message": ...}} (Docker) or {@code {"cause", "message"}} (Podman). */
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

    /** Maps a status to its exception type. */
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

    /** Turns a connection failure into a message that says where Berth looked and what to do. */
    public EngineUnavailableException unavailable(String method, String path, IOException cause) {
        String message = "Cannot talk to the Docker engine at " + http.pool().transport().describe() + " (found via "
                + endpoint.source() + ") for " + method + " " + path + ": " + cause + ConnectionDiagnosis.of(endpoint, cause);
        return new EngineUnavailableException(method, path, message, cause);
    }

    /** The exception for an error the engine reports inside a 200 stream (pull, push, build). */
    public static DockerException streamFailure(String method, String path, String engineMessage) {
        return new DockerException(200, method, path, engineMessage,
                "The Docker engine reported an error while streaming its answer to " + method + " " + path + ": " + engineMessage);
    }

    /** Reads an error carried inside a 200 progress stream ({@code errorDetail} / {@code error}). */
    public static String streamError(Object event) {
        String detail = Json.text(event, "errorDetail", "message");
        return detail != null ? detail : Json.text(event, "error");
    }

    @Override
    public void close() {
        http.close();
    }
}
