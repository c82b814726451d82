package dev.berth.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.docker.ClientCounters;
import dev.berth.ContainerHandle;
import dev.berth.Containers;
import dev.berth.docker.DockerClient;
import dev.berth.docker.EngineUnavailableException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine that restarts under a running suite: calls during the outage fail saying so, and later calls on the same
 * client recover on fresh connections, with no stale pooled connection left behind. The engine is a proxy in front
 * of the real one, stopped and started again, since the real engine serves other suites at the same time.
 */
class EngineRestartTest {

    @TempDir
    Path tmp;

    @AfterAll
    static void nothingLeft() {
        Reliability.assertNothingLeft();
    }

    @Test
    void aRestartBetweenTwoCallsIsInvisible() throws Exception {
        try (EngineProxy engine = new EngineProxy(tmp.resolve("engine.sock"), Path.of("/var/run/docker.sock")).start();
             DockerClient docker = DockerClient.connect(engine.host())) {
            docker.system().ping();
            assertThat(ClientCounters.idleConnections(docker)).isEqualTo(1);
            engine.stop();
            engine.start();
            // the pooled connection is dead now: the call notices and sends once more on a fresh one
            assertThat(docker.system().version().apiVersion()).isNotBlank();
            assertThat(ClientCounters.connectionsOpened(docker)).isEqualTo(2);
            assertThat(ClientCounters.idleConnections(docker)).isEqualTo(1);
        }
    }

    @Test
    void callsDuringTheOutageFailClearlyAndLaterOnesRecover() throws Exception {
        Path socket = tmp.resolve("engine.sock");
        try (EngineProxy engine = new EngineProxy(socket, Path.of("/var/run/docker.sock")).start();
             DockerClient docker = DockerClient.connect(engine.host())) {
            // GIVEN a container started through the engine
            try (ContainerHandle c = Containers.start(docker, Reliability.sleeper().withName("survivor"))) {
                assertThat(c.exec("echo", "before").stdout()).isEqualTo("before\n");
                // WHEN the engine goes away
                engine.stop();
                // THEN a call says where Berth looked and that nothing is there
                assertThatThrownBy(() -> c.exec("echo", "during"))
                        .isExactlyInstanceOf(EngineUnavailableException.class)
                        .hasMessageStartingWith("Cannot talk to the Docker engine at unix://" + socket + " (found via DockerClient.connect) for POST /containers/")
                        .hasMessageContaining("The socket file [" + socket + "] does not exist: no engine is running there.");
                // WHEN it is back
                engine.start();
                // THEN the same handle and client work again, on new connections
                assertThat(c.exec("echo", "after").stdout()).isEqualTo("after\n");
                assertThat(c.isRunning()).isTrue();
            }
            assertThat(Reliability.leftovers()).isEmpty();
            assertThat(ClientCounters.idleConnections(docker)).isBetween(1, 8);
        }
    }
}
