package dev.berth.docker.internal;

import dev.berth.docker.DockerException;
import dev.berth.docker.EngineUnavailableException;
import dev.berth.docker.internal.http.ConnectionPool;
import dev.berth.docker.internal.http.Http1Client;
import dev.berth.docker.internal.http.HttpRequest;
import dev.berth.docker.internal.http.HttpResponse;
import dev.berth.docker.internal.transport.EngineEndpoint;
import dev.berth.docker.internal.transport.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;

/**
 * Berth's connection to one engine, the facade its sub-APIs call: starts {@link EngineCall}s on versioned paths
 * and sends them, turning failures into {@link DockerException}s. The version is chosen by
 * {@link ApiVersionNegotiation}, errors are mapped by {@link EngineErrors}, errors inside streamed answers by
 * {@link StreamErrors}, and Podman's differences are listed in {@link PodmanDifferences}. Thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class EngineApi implements AutoCloseable {

    private static final int MAX_IDLE_CONNECTIONS = 8;

    private final EngineEndpoint endpoint;
    private final Http1Client http;
    private final ApiVersionNegotiation negotiation;

    public EngineApi(EngineEndpoint endpoint, Transport transport, String fixedVersion) {
        this.endpoint = endpoint;
        this.http = new Http1Client(new ConnectionPool(transport, MAX_IDLE_CONNECTIONS));
        this.negotiation = new ApiVersionNegotiation(fixedVersion, this::pingVersion);
    }

    public EngineEndpoint endpoint() {
        return endpoint;
    }

    public Http1Client http() {
        return http;
    }

    /**
     * Negotiates the API version from {@code /_ping}'s {@code Api-Version} header: the engine's, capped at
     * {@link ApiVersionNegotiation#NEWEST_KNOWN_VERSION}.
     *
     * @return the negotiated API version, e.g. {@code 1.41}
     */
    public String negotiate() {
        return negotiation.version();
    }

    /** @return the negotiated API version, e.g. {@code 1.41} */
    public String version() {
        return negotiation.version();
    }

    private String pingVersion() {
        try (HttpResponse r = send(HttpRequest.of("GET", "/_ping"), "GET", "/_ping")) {
            r.bytes();
            return r.header("Api-Version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a call to a versioned endpoint, e.g. {@code call("POST", "/containers/create")}. */
    public EngineCall call(String method, String path) {
        return new EngineCall(this, method, path);
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
                throw EngineErrors.of(response, method, path);
            }
        }
        return response;
    }

    /** Reads an error response into the matching exception ({@link EngineErrors#of}). */
    public DockerException error(HttpResponse response, String method, String path) {
        return EngineErrors.of(response, method, path);
    }

    /** Turns a connection failure into a message that says where Berth looked and what to do. */
    public EngineUnavailableException unavailable(String method, String path, IOException cause) {
        return EngineErrors.unavailable(endpoint, http.pool().transport().describe(), method, path, cause);
    }

    @Override
    public void close() {
        http.close();
    }
}
