package dev.berth.docker;

import dev.berth.docker.internal.EngineApi;
import dev.berth.docker.internal.transport.EndpointDiscovery;
import dev.berth.docker.internal.transport.EngineEndpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;

/**
 * {@code DockerClient} is Berth's own Docker Engine API client: it drives containers, images, networks and
 * volumes on a Docker engine over pooled keep-alive HTTP/1.1 connections to a unix socket, TCP, or TCP with TLS.
 * The table {@code docs/engine-api-coverage.md} lists each Engine API operation with its method.
 *
 * <pre>{@code
 * try (DockerClient docker = DockerClient.fromEnvironment()) {
 *     String id = docker.containers().create(ContainerConfig.of("busybox:stable").withCmd("sleep", "60")).id();
 *     docker.containers().start(id);
 *     ExecResult r = docker.exec().run(id, ExecConfig.of("echo", "hi"));
 * }
 * }</pre>
 *
 * <p>Thread-safe; one client per engine serves a whole test run. The API version is negotiated on first use from
 * {@code /_ping}: the engine's own, capped at the newest this client knows.
 *
 * <h2>Who closes a client</h2>
 * A client from {@link #fromEnvironment()}, {@link #connect(String)} or {@link #connectTls(String, Path, boolean)}
 * is yours: close it when you are done, which releases its pooled connections. The client that
 * {@code ContainerHandle.docker()} returns is not yours: it is a view of a client that Berth (or whoever passed a
 * client to {@code Containers.start}) owns and closes:
 * <ul>
 *   <li>for a container of the JUnit extension, the extension's client for the engine, closed when the test run
 *       ends;</li>
 *   <li>for a container of {@code Containers.start(ContainerSpec)}, Berth's JVM-wide client, closed when the JVM
 *       exits;</li>
 *   <li>for a container of {@code Containers.start(DockerClient, ContainerSpec)}, the client you passed, which you
 *       close after the handle.</li>
 * </ul>
 * Such a view shares its owner's connections and API version; its {@link #close()} leaves them open (see there),
 * so closing it, for instance in a {@code try}-with-resources, breaks nothing.
 *
 * <p>Stability: the type, {@link #fromEnvironment()} and {@link #close()} are stable. Everything else follows the
 * Docker Engine API, which keeps moving, and is experimental: it may change in a minor release.
 *
 * @since 0.1.0
 * @see <a href="https://docs.docker.com/reference/api/engine/">Docker Engine API</a>
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class DockerClient implements AutoCloseable {

    private final EngineApi engine;
    private final ContainerApi containers;
    private final ExecApi exec;
    private final ArchiveApi archives;
    private final ImageApi images;
    private final NetworkApi networks;
    private final VolumeApi volumes;
    private final SystemApi system;
    /** Who owns the connections when this client is a view of another; {@code null} when it owns them itself. */
    private final String owner;
    private final AtomicBoolean closeExplained = new AtomicBoolean();

    private DockerClient(EngineApi engine) {
        this.engine = engine;
        this.containers = new ContainerApi(engine);
        this.exec = new ExecApi(engine);
        this.archives = new ArchiveApi(engine);
        this.images = new ImageApi(engine);
        this.networks = new NetworkApi(engine);
        this.volumes = new VolumeApi(engine);
        this.system = new SystemApi(engine);
        this.owner = null;
    }

    private DockerClient(DockerClient of, String owner) {
        this.engine = of.engine;
        this.containers = of.containers;
        this.exec = of.exec;
        this.archives = of.archives;
        this.images = of.images;
        this.networks = of.networks;
        this.volumes = of.volumes;
        this.system = of.system;
        this.owner = owner;
    }

    /**
     * Finds the engine as the docker CLI does: {@code DOCKER_HOST} (with {@code DOCKER_TLS_VERIFY} and
     * {@code DOCKER_CERT_PATH}), then {@code DOCKER_CONTEXT} or the current context in
     * {@code ~/.docker/config.json}, then {@code /var/run/docker.sock}. No connection is made until first use.
     * The config folder is the system property {@code berth.docker.config} when set, then {@code DOCKER_CONFIG},
     * then {@code ~/.docker}.
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
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
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
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
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

    /**
     * Returns a view of this client for code that must not close it: the same connections, API version and
     * sub-APIs, but a {@link #close()} that leaves them open and logs who owns them. <strong>Not for users</strong>
     * ({@link API.Status#INTERNAL}; may change in any release): Berth's handles return such views from
     * {@code ContainerHandle.docker()}.
     *
     * @param owner who owns and closes this client, completing "it is owned by ..", e.g. {@code "the Berth JUnit
     *              extension for this test run, which closes it when the run ends"}
     * @return the view
     */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public DockerClient viewOwnedBy(String owner) {
        return new DockerClient(this, Objects.requireNonNull(owner, "owner"));
    }

    /** @return containers: lifecycle, inspection, logs, attach, stats, update, commit, prune */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public ContainerApi containers() {
        return containers;
    }

    /** @return extra processes in running containers (exec) */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public ExecApi exec() {
        return exec;
    }

    /** @return files in and out of containers (archive), their changes, and export */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public ArchiveApi archives() {
        return archives;
    }

    /** @return images: pull, push, build, tag, inspect, list, remove, import, save, load */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public ImageApi images() {
        return images;
    }

    /** @return networks: create, inspect, list, remove, prune, connect, disconnect */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public NetworkApi networks() {
        return networks;
    }

    /** @return volumes: create, inspect, list, remove, prune */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public VolumeApi volumes() {
        return volumes;
    }

    /** @return the engine itself: ping, version, info, events, registry login */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public SystemApi system() {
        return system;
    }

    /** @return the negotiated API version, e.g. {@code 1.41} (asks the engine on first use) */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public String apiVersion() {
        return engine.version();
    }

    /** @return where the client connects, e.g. {@code unix:///var/run/docker.sock} */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public String endpoint() {
        return engine.http().pool().transport().describe();
    }

    /** @return the host published ports are reached on: {@code 127.0.0.1} for a local engine */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public String portHost() {
        return engine.endpoint().portHost();
    }

    /** @return how many HTTP requests this client has sent (not API: for Berth's own tests and diagnostics) */
    long requestCount() {
        return engine.http().requestCount();
    }

    /** @return how many connections this client has opened (not API: for Berth's own tests) */
    int connectionsOpened() {
        return engine.http().pool().openedCount();
    }

    /** @return how many pooled connections sit idle now (not API: for Berth's own tests) */
    int idleConnections() {
        return engine.http().pool().idleCount();
    }

    /**
     * Closes the pooled connections of a client you created. Streams still open keep their own connections until
     * closed. Idempotent.
     *
     * <p>On the view that {@code ContainerHandle.docker()} returns, this closes nothing: the connections belong to
     * the view's owner (see the class description), and the view keeps working. Closing such a view is allowed, so
     * that a {@code try}-with-resources around it does not fail; the first call logs (at INFO, on the
     * {@code System.Logger} "dev.berth") who owns the client and what to do instead. It does not throw: a view
     * that threw would be a client that must never be closed.
     */
    @Override
    public void close() {
        if (owner == null) {
            engine.close();
        } else if (closeExplained.compareAndSet(false, true)) {
            System.getLogger("dev.berth").log(System.Logger.Level.INFO, closeMessage());
        }
    }

    private String closeMessage() {
        return "DockerClient.close() on the client of a ContainerHandle (handle.docker()) closed nothing: it is owned by "
                + owner + ". Use it without closing it; for a client of your own, call DockerClient.fromEnvironment()"
                + " and close that one.";
    }

    @Override
    public String toString() {
        return "DockerClient[" + endpoint() + (owner == null ? "" : ", owned by " + owner) + "]";
    }
}
