package dev.berth.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting a client up, without an engine. */
@NoEngine
class DockerClientSetupTest {

    @Test
    void aMalformedHostIsReportedWithWhereItCameFrom() {
        assertThatThrownBy(() -> DockerClient.connect("ftp://engine"))
                .isInstanceOf(DockerException.class)
                .hasMessage("Cannot set up the connection to the Docker engine at [ftp://engine] (from DockerClient.connect):"
                        + " Docker host [ftp://engine] from DockerClient.connect is malformed: expected unix:///path/to/docker.sock or tcp://host:port");
    }

    @Test
    void missingTlsFilesAreReportedByName(@TempDir Path certs) {
        assertThatThrownBy(() -> DockerClient.connectTls("tcp://127.0.0.1:2376", certs, true))
                .isInstanceOf(DockerException.class)
                .hasMessage("Cannot set up the connection to the Docker engine at [tcp://127.0.0.1:2376] (from DockerClient.connectTls):"
                        + " TLS file [" + certs.resolve("ca.pem") + "] does not exist; DOCKER_CERT_PATH must hold ca.pem, cert.pem and key.pem");
    }

    @Test
    void noConnectionIsMadeUntilFirstUse() {
        try (DockerClient client = DockerClient.connect("tcp://127.0.0.1:1")) {
            assertThat(client.endpoint()).isEqualTo("tcp://127.0.0.1:1");
            assertThat(ClientCounters.connectionsOpened(client)).isZero();
            assertThat(client.portHost()).isEqualTo("127.0.0.1");
            assertThat(client).hasToString("DockerClient[tcp://127.0.0.1:1]");
        }
    }
}
