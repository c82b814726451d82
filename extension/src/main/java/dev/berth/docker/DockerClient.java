package dev.berth.docker;

import dev.berth.docker.internal.EngineApi;
import dev.berth.docker.internal.transport.EndpointDiscovery;
import dev.berth.docker.internal.transport.EngineEndpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code DockerClient} is Berth's own Docker Engine API client: the container, exec, archive, image, network,
 * volume and system endpoints over pooled keep-alive HTTP/1.1 connections to a unix socket, TCP, or TCP with TLS.
 *
 * <pre>{@code
 * try (DockerClient docker = DockerClient.fromEnvironment()) {
 *     String id = docker.containers().create(ContainerConfig.of("busybox:stable").withCmd("sleep", "60")).id();
 *     docker.containers().start(id);
 *     ExecResult r = docker.exec().run(id, ExecConfig.of("echo", "hi"), null);
 * }
 * }</pre>
 *
 * <p>Thread-safe; one client per engine serves a whole test run. Must be closed: closing releases its pooled
 * connections. The API version is negotiated on first use from {@code /_ping}: the engine's own, capped at
 * the newest this client knows.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class DockerClient implements AutoCloseable {

    private final EngineApi engine;
    private final ContainerApi containers;
    private final ExecApi exec;
    private final ArchiveApi archives;

    private DockerClient(EngineApi engine) {
        this.engine = engine;
        this.containers = new ContainerApi(engine);
        this.exec = new ExecApi(engine);
        this.archives = new ArchiveApi(engine);
    }

    /**
     * Finds the engine as the docker CLI does: {@code DOCKER_HOST} (with {@code DOCKER_TLS_VERIFY} and
     * {@code DOCKER_CERT_PATH}), then {@code DOCKER_CONTEXT} or the current context in
     * {@code ~/.docker/config.json}, then {@code /var/run/docker.sock}. No connection is made until first use.
     *
     * @return the client; must be closed
     * @throws DockerException when the configuration names an engine that cannot be set up (malformed
     *                         {@code DOCKER_HOST}, missing TLS files, unknown context)
     */
    public static DockerClient fromEnvironment() {
        EngineEndpoint endpoint;
        try {
            endpoint = EndpointDiscovery.fromEnvironment().discover();
        } catch (IOException e) {
            throw new DockerException(0, "", "", e.getMessage(), "Cannot find the Docker engine: " + e.getMessage(), e);
        }
        return of(endpoint);
    }

    /**
     * Connects to the engine at {@code host} ({@code unix:///path} or {@code tcp://host:port}, plain).
     *
     * @param host the address, as {@code DOCKER_HOST} takes it
     * @return the client; must be closed
     */
    public static DockerClient connect(String host) {
        return of(new EngineEndpoint(Objects.requireNonNull(host, "host"), null, false, false, "DockerClient.connect"));
    }

    /**
     * Connects to the engine at {@code host} over TLS with the PEM files in {@code certPath}.
     *
     * @param host {@code tcp://host:port}
     * @param certPath the folder with {@code ca.pem}, {@code cert.pem} and {@code key.pem}
     * @param verify whether to verify the engine's certificate against {@code ca.pem}
     * @return the client; must be closed
     */
    public static DockerClient connectTls(String host, Path certPath, boolean verify) {
        return of(new EngineEndpoint(host, certPath, true, verify, "DockerClient.connectTls"));
    }

    private static DockerClient of(EngineEndpoint endpoint) {
        try {
            return new DockerClient(new EngineApi(endpoint, endpoint.transport(), null));
        } catch (IOException | IllegalArgumentException e) {
            throw new DockerException(0, "", "", e.getMessage(), "Cannot set up the connection to the Docker engine at ["
                    + endpoint.host() + "] (from " + endpoint.source() + "): " + e.getMessage(), e);
        }
    }

    /** @return the container endpoints */
    public ContainerApi containers() {
        return containers;
    }

    /** @return the exec endpoints */
    public ExecApi exec() {
        return exec;
    }

    /** @return the archive (file copy) endpoints */
    public ArchiveApi archives() {
        return archives;
    }

    /** @return the negotiated API version, e.g. {@code 1.41} (asks the engine on first use) */
    public String apiVersion() {
        return engine.version();
    }

    /** @return where the client connects, e.g. {@code unix:///var/run/docker.sock} */
    public String endpoint() {
        return engine.http().pool().transport().describe();
    }

    /** @return the host published ports are reached on: {@code 127.0.0.1} for a local engine */
    public String portHost() {
        return engine.endpoint().portHost();
    }

    /** @return how many HTTP requests this client has sent (for benchmarks and diagnostics) */
    public long requestCount() {
        return engine.http().requestCount();
    }

    /** @return how many connections this client has opened (pooled connections are reused) */
    public int connectionsOpened() {
        return engine.http().pool().openedCount();
    }

    /** @return how many pooled connections sit idle now */
    public int idleConnections() {
        return engine.http().pool().idleCount();
    }

    /** Closes the pooled connections. Streams still open keep their own connections until closed. Idempotent. */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "DockerClient[" + endpoint() + "]";
    }
}
