package dev.berth.reliability;

import static dev.berth.reliability.Reliability.busybox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerHandle;
import dev.berth.ContainerStartupException;
import dev.berth.Containers;
import dev.berth.Wait;
import dev.berth.docker.DockerClient;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log wait whose followed stream the engine does not end when the container exits (seen with Podman 4.3 when the
 * container exits as the request arrives): the wait still learns of the exit within seconds, from the engine's wait
 * endpoint, and the whole log decides. A proxy in front of the engine keeps back the end of followed log answers,
 * or the whole answer.
 */
class StuckLogStreamTest {

    @TempDir
    Path tmp;

    @AfterAll
    static void nothingLeft() {
        Reliability.assertNothingLeft();
    }

    @Test
    void aStreamThatOutlivesItsContainerStillFailsTheWaitWithinSeconds() throws Exception {
        try (EngineProxy engine = new EngineProxy(tmp.resolve("engine.sock"), Path.of("/var/run/docker.sock"))
                .holding(EngineProxy.Hold.END).start();
             DockerClient docker = DockerClient.connect(engine.host())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> Containers.start(docker, busybox("sh", "-c", "echo bye; exit 4").withName("quitter")
                    .withWaitFor(Wait.forLogMessage("never", 1))))
                    .isExactlyInstanceOf(ContainerStartupException.class)
                    .hasMessageContaining("\"quitter\"").hasMessageContaining("exited while Berth waited for")
                    .hasMessageContaining("saw 0 of 1 matching line(s) before the log stream ended")
                    .hasMessageContaining("exit code 4").hasMessageContaining("| bye");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(engine.held()).as("followed log answers whose end the proxy kept back").isPositive();
            assertThat(millis).as("not the 60 s wait timeout").isLessThan(15_000);
        }
    }

    @Test
    void aStreamThatNeverOpensStillFindsTheLineInTheWholeLogOnceTheContainerHasExited() throws Exception {
        try (EngineProxy engine = new EngineProxy(tmp.resolve("engine.sock"), Path.of("/var/run/docker.sock"))
                .holding(EngineProxy.Hold.ALL).start();
             DockerClient docker = DockerClient.connect(engine.host());
             ContainerHandle done = Containers.start(docker, busybox("sh", "-c", "echo ready; exit 0").withName("oneshot")
                     .withWaitFor(Wait.forLogMessage("ready", 1)))) {
            assertThat(engine.held()).as("followed log answers the proxy kept back whole").isPositive();
            assertThat(done.logs()).isEqualTo("ready\n");
        }
    }
}
