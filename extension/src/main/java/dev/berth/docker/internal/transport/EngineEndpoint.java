package dev.berth.docker.internal.transport;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Where an engine is and how to reach it: the {@code DOCKER_HOST}-style address, TLS settings, and where that
 * address came from (for messages).
 *
 * @param host {@code unix:///path} or {@code tcp://host:port}
 * @param certPath the folder with ca.pem, cert.pem and key.pem, or {@code null}
 * @param tls whether TCP connections use TLS
 * @param verify whether the server certificate is verified
 * @param source where the address came from, e.g. {@code DOCKER_HOST} or {@code docker context "remote"}
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record EngineEndpoint(String host, Path certPath, boolean tls, boolean verify, String source) {

    /** The docker CLI's default. */
    public static final String DEFAULT_SOCKET = "/var/run/docker.sock";
    /** Selects the unix socket implementation: {@code jdk} (default) or {@code junixsocket}. */
    public static final String UNIX_TRANSPORT_PROPERTY = "berth.docker.unixTransport";

    /**
     * Builds the transport for this endpoint.
     *
     * @return the transport
     * @throws IOException when TLS material cannot be read
     * @throws IllegalArgumentException when the address is malformed
     */
    public Transport transport() throws IOException {
        if (host.startsWith("unix://")) {
            Path socket = Path.of(host.substring("unix://".length()));
            return "junixsocket".equals(System.getProperty(UNIX_TRANSPORT_PROPERTY))
                    ? junixsocket(socket) : new JdkUnixSocketTransport(socket);
        }
        if (host.startsWith("tcp://") || host.startsWith("http://") || host.startsWith("https://")) {
            URI uri = uri();
            if (uri.getHost() == null) {
                throw new IllegalArgumentException(malformed());
            }
            boolean useTls = tls || host.startsWith("https://");
            int port = uri.getPort() != -1 ? uri.getPort() : (useTls ? 2376 : 2375);
            if (!useTls) {
                return new TcpTransport(uri.getHost(), port, null, false);
            }
            Path dir = certPath != null ? certPath : Path.of(System.getProperty("user.home"), ".docker");
            return new TcpTransport(uri.getHost(), port, PemTls.socketFactory(dir, verify), verify);
        }
        throw new IllegalArgumentException(malformed());
    }

    /** junixsocket is an optional dependency: a user who chooses it adds it, and is told so when it is missing. */
    private static Transport junixsocket(Path socket) {
        try {
            Class.forName("org.newsclub.net.unix.AFUNIXSocket", false, EngineEndpoint.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(UNIX_TRANSPORT_PROPERTY + "=junixsocket chooses junixsocket for the unix socket "
                    + socket + ", but junixsocket is not on the class path: Berth does not bring it. Add "
                    + "com.kohlschutter.junixsocket:junixsocket-core (type pom) to the test dependencies, or remove the "
                    + "setting to use the JDK's own unix socket channel.", e);
        }
        return new UnixSocketTransport(socket);
    }

    /**
     * Returns the host that published ports are reached on: the engine's host for TCP, {@code 127.0.0.1} for a
     * local socket.
     *
     * @return the host name or address
     */
    public String portHost() {
        if (host.startsWith("unix://")) {
            return "127.0.0.1";
        }
        String h = uri().getHost();
        return h == null || h.equals("localhost") ? "127.0.0.1" : h;
    }

    private URI uri() {
        try {
            return new URI(host);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(malformed() + " (" + e.getMessage() + ")", e);
        }
    }

    private String malformed() {
        if (host.startsWith("ssh://")) {
            return "Docker host [" + host + "] from " + source + " is an ssh:// engine, which Berth does not support yet: "
                    + "expected unix:///path/to/docker.sock or tcp://host:port. Reach the engine over TCP with TLS, or "
                    + "forward its socket (ssh -L /tmp/docker.sock:/var/run/docker.sock user@host) and set "
                    + "DOCKER_HOST=unix:///tmp/docker.sock.";
        }
        return "Docker host [" + host + "] from " + source + " is malformed: expected unix:///path/to/docker.sock or tcp://host:port";
    }
}
