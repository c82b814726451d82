package dev.berth.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.Containers;
import dev.berth.Exec;
import dev.berth.ExecResult;
import dev.berth.docker.DockerClient;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine that speaks at most TLS 1.2 (stunnel with {@code sslVersionMax = TLSv1.2}). There, ending an exec's
 * stdin sends {@code close_notify}, which in TLS 1.2 closes the whole connection by the letter of the protocol;
 * stunnel, like the docker CLI's Go TLS, treats it as a half-close, so the process still reads end of file and
 * its output still arrives.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Tls12EngineTest {

    @TempDir
    static Path dir;

    static TlsProxy proxy;
    static DockerClient docker;

    @BeforeAll
    static void startProxy() {
        proxy = TlsProxy.start(dir, Path.of("/var/run/docker.sock"), "TLSv1.2");
        docker = DockerClient.connectTls(proxy.host(), proxy.clientCerts(), true);
    }

    @AfterAll
    static void stopProxy() {
        docker.close();
        proxy.close();
    }

    @Test
    void execWithStdinSeesEndOfFileAndItsOutputArrives() {
        try (ContainerHandle box = Containers.start(docker, ContainerSpec.of("busybox:stable").withCommand("sleep", "300")
                .withLabel(TlsEngineTest.RUN_LABEL, TlsEngineTest.RUN_ID))) {
            ExecResult r = box.exec(Exec.of("sh", "-c", "cat; echo done >&2").withStdin("line\n").withTimeout(Duration.ofSeconds(20)));
            assertThat(r.exitCode()).isZero();
            assertThat(r.stdout()).isEqualTo("line\n");
            assertThat(r.stderr()).isEqualTo("done\n");
            assertThat(proxy.log()).as("stunnel's log").contains("TLSv1.2 ciphersuite").doesNotContain("TLSv1.3 ciphersuite");
        }
    }
}
