package dev.berth.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.Containers;
import dev.berth.Exec;
import dev.berth.ExecResult;
import dev.berth.LogLine;
import dev.berth.PathStat;
import dev.berth.Wait;
import dev.berth.docker.DockerClient;
import dev.berth.docker.EngineUnavailableException;
import dev.berth.docker.internal.transport.EndpointDiscovery;
import dev.berth.docker.internal.transport.EngineEndpoint;
import dev.berth.docker.model.ContainerSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine over TLS with client certificates: {@code stunnel4} verifies Berth's client certificate in front of the
 * local engine's socket ({@link TlsProxy}), and every part of the handle works through it. The socket is
 * {@code DOCKER_HOST}'s when that names one (so the Podman run puts Podman behind the proxy), else
 * {@code /var/run/docker.sock}.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TlsEngineTest {

    static final String RUN_LABEL = "dev.berth.test.run";
    static final String RUN_ID = UUID.randomUUID().toString();

    @TempDir
    static Path dir;

    static TlsProxy proxy;
    static DockerClient docker;

    @BeforeAll
    static void startProxy() {
        proxy = TlsProxy.start(dir, engineSocket());
        docker = DockerClient.connectTls(proxy.host(), proxy.clientCerts(), true);
    }

    @AfterAll
    static void stopProxy() {
        try {
            List<ContainerSummary> left = docker.containers().list(true, Map.of("label", List.of(RUN_LABEL + "=" + RUN_ID)));
            left.forEach(c -> docker.containers().remove(c.id(), true, true));
            assertThat(left).as("containers left behind").isEmpty();
        } finally {
            docker.close();
            proxy.close();
        }
    }

    /** @return the unix socket of the environment's engine */
    static Path engineSocket() {
        String host = System.getenv("DOCKER_HOST");
        return Path.of(host != null && host.startsWith("unix://") ? host.substring("unix://".length()) : "/var/run/docker.sock");
    }

    static ContainerSpec busybox(String... command) {
        return ContainerSpec.of("busybox:stable").withCommand(command).withLabel(RUN_LABEL, RUN_ID);
    }

    @Test
    void theClientTalksTlsToTheProxy() {
        assertThat(docker.endpoint()).isEqualTo(proxy.describe());
        assertThat(docker.system().ping().apiVersion()).isNotBlank();
        assertThat(docker.system().version().version()).isNotBlank();
    }

    @Test
    void lifecycle() {
        ContainerHandle box = Containers.start(docker, busybox("sh", "-c", "trap 'exit 0' TERM; sleep 300 & wait")
                .withName("tls-lifecycle"));
        try {
            assertThat(box.isRunning()).isTrue();
            assertThat(box.docker().endpoint()).as("the handle's client is a view of the caller's, over TLS")
                    .isEqualTo(docker.endpoint()).startsWith("tcp+tls://");
            box.stop();
            assertThat(box.isRunning()).isFalse();
            box.restart();
            assertThat(box.isRunning()).isTrue();
        } finally {
            box.close();
        }
        assertThat(docker.containers().list(true, Map.of("id", List.of(box.id())))).isEmpty();
    }

    @Nested
    class InARunningContainer {

        ContainerHandle box;

        @org.junit.jupiter.api.BeforeEach
        void start() {
            box = Containers.start(docker, busybox("sh", "-c", "echo started; echo warning >&2; exec sleep 300")
                    .withWaitFor(Wait.forLogMessage("warning", 1)));
        }

        @org.junit.jupiter.api.AfterEach
        void remove() {
            box.close();
        }

        @Test
        void execKeepsStdoutAndStderrApart() {
            ExecResult r = box.exec("sh", "-c", "echo out; echo err >&2; exit 3");
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.stdout()).isEqualTo("out\n");
            assertThat(r.stderr()).isEqualTo("err\n");
        }

        @Test
        void execWithStdinSeesEndOfFile() {
            ExecResult r = box.exec(Exec.of("cat").withStdin("hello\nworld\n").withTimeout(Duration.ofSeconds(20)));
            assertThat(r.exitCode()).isZero();
            assertThat(r.stdout()).isEqualTo("hello\nworld\n");
        }

        @Test
        void execWithLargeStdin() {
            byte[] input = new byte[300 * 1024];
            Arrays.fill(input, (byte) 'x');
            ExecResult r = box.exec(Exec.of("wc", "-c").withStdin(input).withTimeout(Duration.ofSeconds(20)));
            assertThat(r.stdout().trim()).isEqualTo(Integer.toString(input.length));
        }

        @Test
        void execWithTty() {
            ExecResult r = box.exec(Exec.of("sh", "-c", "tty; echo err >&2").withTty(true));
            assertThat(r.exitCode()).isZero();
            assertThat(r.stdout()).contains("/dev/pts/").contains("err");
            assertThat(r.stderr()).isEmpty();
            ExecResult echoed = box.exec(Exec.of("head", "-n", "1").withTty(true).withStdin("typed\n")
                    .withTimeout(Duration.ofSeconds(20)));
            assertThat(echoed.stdout()).contains("typed");
        }

        @Test
        void files(@TempDir Path host) throws IOException {
            box.putFile("/srv/a/b/hello.txt", "héllo");
            assertThat(box.readFile("/srv/a/b/hello.txt")).isEqualTo("héllo");
            PathStat stat = box.stat("/srv/a/b/hello.txt");
            assertThat(stat.size()).isEqualTo("héllo".getBytes(StandardCharsets.UTF_8).length);
            assertThat(box.stat("/srv/a").isDirectory()).isTrue();

            Path tree = Files.createDirectories(host.resolve("tree/sub"));
            Files.writeString(tree.resolve("one.txt"), "1");
            box.copyToContainer(host.resolve("tree"), "/data/tree");
            assertThat(box.exec("cat", "/data/tree/sub/one.txt").stdout()).isEqualTo("1");

            box.copyFromContainer("/srv/a", host.resolve("back"));
            assertThat(Files.readString(host.resolve("back/b/hello.txt"))).isEqualTo("héllo");
        }

        @Test
        void logs() throws Exception {
            assertThat(box.logs()).contains("started\n").contains("warning\n");
            List<LogLine> lines = new CopyOnWriteArrayList<>();
            try (AutoCloseable follow = box.followLogs(lines::add)) {
                box.exec("sh", "-c", "echo later > /proc/1/fd/1");
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (lines.stream().noneMatch(l -> l.text().equals("later")) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            }
            assertThat(lines).extracting(LogLine::text).contains("started", "warning", "later");
        }
    }

    @Nested
    class FoundFromTheEnvironment {

        @Test
        void dockerHostWithTlsVerifyAndCertPath() throws IOException {
            Map<String, String> env = Map.of("DOCKER_HOST", proxy.host(), "DOCKER_TLS_VERIFY", "1",
                    "DOCKER_CERT_PATH", proxy.clientCerts().toString());
            EngineEndpoint endpoint = new EndpointDiscovery(env::get, dir.resolve("no-config")).discover();
            assertThat(endpoint).isEqualTo(new EngineEndpoint(proxy.host(), proxy.clientCerts(), true, true, "DOCKER_HOST"));
            try (DockerClient client = DockerClient.connectTls(endpoint.host(), endpoint.certPath(), endpoint.verify());
                 ContainerHandle box = Containers.start(client, busybox("sleep", "300"))) {
                assertThat(box.exec("echo", "over tls").stdout()).isEqualTo("over tls\n");
            }
        }
    }

    @Nested
    class Failures {

        private String prefix() {
            return "Cannot talk to the Docker engine at " + proxy.describe() + " (found via DockerClient.connectTls) for GET /_ping: ";
        }

        @Test
        void withoutAClientCertificateTheEngineRefuses() {
            try (DockerClient client = DockerClient.connectTls(proxy.host(), proxy.noClientCert(), true)) {
                assertThatThrownBy(() -> client.system().ping())
                        .isExactlyInstanceOf(EngineUnavailableException.class)
                        .hasMessage(prefix() + "javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_required."
                                + " The TLS handshake failed: the engine requires a client certificate, and Berth had none to present: ["
                                + proxy.noClientCert() + "] has no cert.pem and key.pem. Fix: put the client certificate and key made"
                                + " for this engine there as cert.pem and key.pem (DOCKER_CERT_PATH, or the docker context's TLS folder).");
            }
        }

        @Test
        void aClientCertificateFromAnotherCaIsRefused() {
            try (DockerClient client = DockerClient.connectTls(proxy.host(), proxy.foreignClientCerts(), true)) {
                assertThatThrownBy(() -> client.system().ping())
                        .isExactlyInstanceOf(EngineUnavailableException.class)
                        .hasMessage(prefix() + "javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_required."
                                + " The TLS handshake failed: the engine requires a client certificate signed by a CA it trusts, and ["
                                + proxy.foreignClientCerts().resolve("cert.pem") + "] is not one: its issuer is not among the CAs the"
                                + " engine accepts, so Berth presented none. Fix: use the cert.pem and key.pem issued by the CA the"
                                + " engine verifies clients against.");
            }
        }

        @Test
        void anEngineCertificateFromAnotherCaIsNotTrusted() {
            try (DockerClient client = DockerClient.connectTls(proxy.host(), proxy.wrongCaCerts(), true)) {
                assertThatThrownBy(() -> client.system().ping())
                        .isExactlyInstanceOf(EngineUnavailableException.class)
                        .hasMessageStartingWith(prefix() + "javax.net.ssl.SSLHandshakeException: PKIX path")
                        .hasMessageEndingWith(". The TLS handshake failed: the engine's certificate is not signed by the CA in ["
                                + proxy.wrongCaCerts().resolve("ca.pem") + "]. Fix: put the CA certificate that signed the engine's"
                                + " certificate there as ca.pem.");
            }
        }

        @Test
        void anEngineNamedOtherwiseThanItsCertificateIsNotTrusted() {
            String byName = "tcp://localhost:" + proxy.host().substring(proxy.host().lastIndexOf(':') + 1);
            try (DockerClient client = DockerClient.connectTls(byName, proxy.clientCerts(), true)) {
                assertThatThrownBy(() -> client.system().ping())
                        .isExactlyInstanceOf(EngineUnavailableException.class)
                        .hasMessageContaining("The TLS handshake failed: the engine's certificate does not name the host of " + byName + ".")
                        .hasMessageEndingWith("Fix: connect by a name or address the certificate lists, or reissue it with that name.");
            }
        }
    }
}
