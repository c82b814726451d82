package dev.berth.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.docker.ClientCounters;
import dev.berth.docker.DockerClient;
import dev.berth.docker.DockerException;
import dev.berth.docker.EngineUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No engine where Berth looks, or one it may not or cannot talk to: each failure is a {@link DockerException} (an
 * {@link EngineUnavailableException} when nothing answered) that says where Berth looked, why there, what went wrong
 * and what to do. Needs no engine; configuration from the environment is tried in child JVMs.
 */
class EngineConnectionFaultsTest {

    private static final String START_ONE = " Start an engine (e.g. `sudo systemctl start docker`, or start Docker"
            + " Desktop), or point DOCKER_HOST (or the docker context) at a running one.";

    @TempDir
    Path tmp;

    private static void ping(String host) {
        try (DockerClient docker = DockerClient.connect(host)) {
            docker.system().ping();
        }
    }

    @Nested
    class NoEngine {

        @Test
        void nothingListensOnTheTcpPort() {
            assertThatThrownBy(() -> ping("tcp://127.0.0.1:1"))
                    .isExactlyInstanceOf(EngineUnavailableException.class)
                    .hasMessage("Cannot talk to the Docker engine at tcp://127.0.0.1:1 (found via DockerClient.connect) for GET /_ping:"
                            + " java.net.ConnectException: Connection refused." + START_ONE);
        }

        @Test
        void theSocketFileIsMissing() {
            Path socket = tmp.resolve("docker.sock");
            assertThatThrownBy(() -> ping("unix://" + socket))
                    .isExactlyInstanceOf(EngineUnavailableException.class)
                    .hasMessage("Cannot talk to the Docker engine at unix://" + socket + " (found via DockerClient.connect) for GET"
                            + " /_ping: java.net.SocketException: No such file or directory. The socket file [" + socket + "] does not"
                            + " exist: no engine is running there." + START_ONE);
        }

        @Test
        void theSocketPathIsARegularFile() throws IOException {
            Path file = Files.writeString(tmp.resolve("docker.sock"), "not a socket");
            assertThatThrownBy(() -> ping("unix://" + file))
                    .isExactlyInstanceOf(EngineUnavailableException.class)
                    .hasMessage("Cannot talk to the Docker engine at unix://" + file + " (found via DockerClient.connect) for GET"
                            + " /_ping: java.net.ConnectException: Connection refused. [" + file + "] exists but is not a socket:"
                            + " point DOCKER_HOST at the engine's socket, e.g. unix:///var/run/docker.sock.");
        }

        @Test
        void theSocketWasLeftByAnEngineThatStopped() throws IOException {
            Path socket = tmp.resolve("docker.sock");
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
            }
            assertThat(socket).exists();
            assertThatThrownBy(() -> ping("unix://" + socket))
                    .isExactlyInstanceOf(EngineUnavailableException.class)
                    .hasMessage("Cannot talk to the Docker engine at unix://" + socket + " (found via DockerClient.connect) for GET"
                            + " /_ping: java.net.ConnectException: Connection refused. Nothing accepts connections on [" + socket
                            + "]: the engine that made it has stopped." + START_ONE);
        }

        @Test
        void permissionDeniedOnTheSocket() throws Exception {
            // GIVEN a listening socket only its owner (root) may open, in a folder anyone may enter
            Path dir = Files.createDirectory(tmp.resolve("engine"));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path socket = dir.resolve("docker.sock");
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
                // WHEN user nobody pings it
                Path classpath = Files.createDirectory(tmp.resolve("classpath"));
                ChildJvm.Result result = ChildJvm.of().asNobody(classpath).env("DOCKER_HOST", "unix://" + socket).run(ChildJvm.Ping.class);
                // THEN it is told it may not, and how to get access
                assertThat(result.output()).isEqualTo(EngineUnavailableException.class.getName() + "\nCannot talk to the Docker engine"
                        + " at unix://" + socket + " (found via DOCKER_HOST) for GET /_ping: java.net.BindException: Permission"
                        + " denied. This process (user nobody) may not open [" + socket + "]: add the user to the socket's group"
                        + " (usually `sudo usermod -aG docker $USER`, then log in again), or use rootless Docker or Podman's user socket.");
            }
        }
    }

    @Nested
    class Configuration {

        @Test
        void dockerHostWithoutItsScheme() throws Exception {
            ChildJvm.Result result = ChildJvm.of().env("DOCKER_HOST", "tcp//engine:2375").run(ChildJvm.Ping.class);
            assertThat(result.output()).isEqualTo(DockerException.class.getName() + "\nCannot set up the connection to the Docker"
                    + " engine at [tcp//engine:2375] (from DOCKER_HOST): Docker host [tcp//engine:2375] from DOCKER_HOST is malformed:"
                    + " expected unix:///path/to/docker.sock or tcp://host:port");
        }

        @Test
        void dockerHostWithAnUnknownScheme() {
            assertThatThrownBy(() -> DockerClient.connect("ssh://me@engine"))
                    .isExactlyInstanceOf(DockerException.class)
                    .hasMessage("Cannot set up the connection to the Docker engine at [ssh://me@engine] (from DockerClient.connect):"
                            + " Docker host [ssh://me@engine] from DockerClient.connect is an ssh:// engine, which Berth"
                            + " does not support yet: expected unix:///path/to/docker.sock or tcp://host:port. Reach the"
                            + " engine over TCP with TLS, or forward its socket (ssh -L /tmp/docker.sock:/var/run/docker.sock"
                            + " user@host) and set DOCKER_HOST=unix:///tmp/docker.sock.");
        }

        @Test
        void dockerHostWithoutAHost() {
            assertThatThrownBy(() -> DockerClient.connect("tcp://:2375"))
                    .isExactlyInstanceOf(DockerException.class)
                    .hasMessage("Cannot set up the connection to the Docker engine at [tcp://:2375] (from DockerClient.connect):"
                            + " Docker host [tcp://:2375] from DockerClient.connect is malformed: expected"
                            + " unix:///path/to/docker.sock or tcp://host:port");
        }

        @Test
        void dockerContextThatDoesNotExist() throws Exception {
            ChildJvm.Result result = ChildJvm.of().env("DOCKER_CONTEXT", "staging").env("DOCKER_CONFIG", tmp.toString())
                    .run(ChildJvm.Ping.class);
            assertThat(result.output()).startsWith(DockerException.class.getName() + "\nCannot find the Docker engine: Docker context"
                    + " \"staging\" (from DOCKER_CONTEXT) has no metadata at [" + tmp.resolve("contexts/meta"))
                    .endsWith("]; create it with `docker context create staging --docker host=...` or choose another context");
        }

        @Test
        void tlsFilesMissingFromDockerCertPath() throws Exception {
            ChildJvm.Result result = ChildJvm.of().env("DOCKER_HOST", "tcp://127.0.0.1:2376").env("DOCKER_TLS_VERIFY", "1")
                    .env("DOCKER_CERT_PATH", tmp.toString()).run(ChildJvm.Ping.class);
            assertThat(result.output()).isEqualTo(DockerException.class.getName() + "\nCannot set up the connection to the Docker"
                    + " engine at [tcp://127.0.0.1:2376] (from DOCKER_HOST): TLS file [" + tmp.resolve("ca.pem") + "] does not exist;"
                    + " DOCKER_CERT_PATH must hold ca.pem, cert.pem and key.pem");
        }
    }

    @Nested
    class Tls {

        @Test
        void caFileThatIsNoCertificate() throws IOException {
            Files.writeString(tmp.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n");
            assertThatThrownBy(() -> DockerClient.connectTls("tcp://127.0.0.1:2376", tmp, true))
                    .isExactlyInstanceOf(DockerException.class)
                    .hasMessageStartingWith("Cannot set up the connection to the Docker engine at [tcp://127.0.0.1:2376] (from"
                            + " DockerClient.connectTls): TLS file [" + tmp.resolve("ca.pem") + "] is not a PEM certificate: ");
        }

        @Test
        void keyFileWithoutAKey() throws Exception {
            Certificate engine = Certificate.selfSigned(tmp.resolve("engine.p12"));
            Files.writeString(tmp.resolve("ca.pem"), engine.pem());
            Files.writeString(tmp.resolve("cert.pem"), engine.pem());
            Files.writeString(tmp.resolve("key.pem"), engine.pem());
            assertThatThrownBy(() -> DockerClient.connectTls("tcp://127.0.0.1:2376", tmp, true))
                    .isExactlyInstanceOf(DockerException.class)
                    .hasMessage("Cannot set up the connection to the Docker engine at [tcp://127.0.0.1:2376] (from DockerClient.connectTls):"
                            + " TLS file [" + tmp.resolve("key.pem") + "] holds no PEM private key (PRIVATE KEY, RSA PRIVATE KEY or EC"
                            + " PRIVATE KEY)");
        }

        @Test
        void engineCertificateNotSignedByTheGivenCa() throws Exception {
            // GIVEN an engine whose certificate is its own, and a ca.pem of another authority
            Certificate engine = Certificate.selfSigned(tmp.resolve("engine.p12"));
            Certificate other = Certificate.selfSigned(tmp.resolve("other.p12"));
            Path certs = Files.createDirectory(tmp.resolve("certs"));
            Files.writeString(certs.resolve("ca.pem"), other.pem());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(engine.store(), Certificate.PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            try (SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 1,
                    InetAddress.getLoopbackAddress())) {
                Thread peer = new Thread(() -> {
                    try (Socket s = server.accept()) {
                        s.getInputStream().read();
                    } catch (IOException expected) {
                        // the client refuses the handshake
                    }
                });
                peer.start();
                String host = "tcp://127.0.0.1:" + server.getLocalPort();
                // WHEN Berth connects, verifying against ca.pem
                try (DockerClient docker = DockerClient.connectTls(host, certs, true)) {
                    // THEN the handshake fails with a message naming the CA file and what to check
                    assertThatThrownBy(() -> docker.system().ping())
                            .isExactlyInstanceOf(EngineUnavailableException.class)
                            .hasMessageStartingWith("Cannot talk to the Docker engine at tcp+tls://127.0.0.1:" + server.getLocalPort()
                                    + " (found via DockerClient.connectTls) for GET /_ping: javax.net.ssl.SSLHandshakeException: PKIX"
                                    + " path ")
                            .hasMessageEndingWith(". The TLS handshake failed: the engine's certificate is not signed by the CA in ["
                                    + certs.resolve("ca.pem") + "]. Fix: put the CA certificate that signed the engine's certificate"
                                    + " there as ca.pem.");
                    assertThat(ClientCounters.idleConnections(docker)).isZero();
                }
                peer.join(10_000);
            }
        }
    }

    /** A self-signed certificate for 127.0.0.1 made with the JDK's keytool. */
    record Certificate(KeyStore store, java.security.cert.Certificate certificate) {

        static final char[] PASSWORD = "changeit".toCharArray();

        static Certificate selfSigned(Path keystore) throws Exception {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "engine", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "1",
                    "-dname", "CN=berth-test", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as("keytool: " + output).isZero();
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, PASSWORD);
            }
            return new Certificate(store, store.getCertificate("engine"));
        }

        String pem() throws Exception {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        }
    }
}
