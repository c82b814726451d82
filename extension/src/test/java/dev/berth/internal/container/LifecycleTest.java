package dev.berth.internal.container;

import static dev.berth.internal.container.HandleTestSupport.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerExitTimeoutException;
import dev.berth.ContainerHandle;
import dev.berth.ContainerStartupException;
import dev.berth.ContainerSpec;
import dev.berth.Containers;
import dev.berth.DockerOnly;
import dev.berth.LogLine;
import dev.berth.NoSuchContainerException;
import dev.berth.PullPolicy;
import dev.berth.internal.Session;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @AfterAll
    static void nothingLeft() {
        HandleTestSupport.assertNothingLeft();
    }

    @Test
    void labelsAndNames() {
        try (ContainerHandle c = Containers.start(sleeper().withName("web").withLabel("team", "a"))) {
            assertThat(c.name()).isEqualTo("web");
            assertThat(c.image()).isEqualTo("busybox:stable");
            assertThat(c.labels()).containsEntry("team", "a").containsEntry("dev.berth.managed", "true")
                    .containsEntry("dev.berth.session", Session.current().id());
            assertThat(c.docker().containers().inspect(c.id()).simpleName()).startsWith("berth-web-");
        }
    }

    @Test
    void stopKillPauseRestart() {
        try (ContainerHandle c = Containers.start(HandleTestSupport.busybox("sh", "-c", "trap 'exit 0' TERM; sleep 300 & wait"))) {
            c.pause();
            assertThat(c.docker().containers().inspect(c.id()).state().paused()).isTrue();
            c.unpause();
            c.kill("SIGKILL");
            assertThat(c.waitForExit(Duration.ofSeconds(10))).isEqualTo(137);
            c.restart();
            assertThat(c.isRunning()).isTrue();
            c.stop();
            assertThat(c.isRunning()).isFalse();
        }
    }

    @Test
    void waitForExitTimesOut() {
        try (ContainerHandle c = Containers.start(sleeper().withName("sleepy"))) {
            assertThatThrownBy(() -> c.waitForExit(Duration.ofMillis(200)))
                    .isExactlyInstanceOf(ContainerExitTimeoutException.class)
                    .hasMessageContaining("did not exit within 200 ms; it is still running");
        }
    }

    @Test
    void publishedPortsOnLoopback() {
        try (ContainerHandle c = Containers.start(sleeper().withExposedPorts(8080, 9090))) {
            assertThat(c.host()).isEqualTo("127.0.0.1");
            assertThat(c.mappedPort(8080)).isPositive().isNotEqualTo(c.mappedPort(9090));
            assertThat(c.docker().containers().inspect(c.id()).networkSettings().ports().get("8080/tcp").get(0).hostIp()).isEqualTo("127.0.0.1");
            assertThatThrownBy(() -> c.mappedPort(1234)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Port 1234 of container").hasMessageContaining("is not published; published ports: [8080, 9090]");
        }
    }

    @Test
    void followLogsLineByLineWithStreams() throws Exception {
        try (ContainerHandle c = Containers.start(sleeper())) {
            List<LogLine> lines = new CopyOnWriteArrayList<>();
            CountDownLatch two = new CountDownLatch(2);
            try (AutoCloseable follow = c.followLogs(l -> {
                lines.add(l);
                two.countDown();
            })) {
                c.exec("sh", "-c", "echo out > /proc/1/fd/1; echo err > /proc/1/fd/2");
                assertThat(two.await(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(lines).containsExactlyInAnyOrder(new LogLine(LogLine.Stream.STDOUT, "out"), new LogLine(LogLine.Stream.STDERR, "err"));
        }
    }

    @Test
    void closeIsIdempotentAndRemoves() {
        ContainerHandle c = Containers.start(sleeper());
        c.close();
        c.close();
        assertThatThrownBy(() -> c.docker().containers().inspect(c.id())).isInstanceOf(dev.berth.docker.NotFoundException.class);
    }

    @Test
    void containerRemovedFromOutsideIsReportedClearly() {
        try (ContainerHandle c = Containers.start(sleeper().withName("victim"))) {
            c.docker().containers().remove(c.id(), true, true);
            assertThatThrownBy(() -> c.exec("true")).isExactlyInstanceOf(NoSuchContainerException.class)
                    .hasMessageContaining("Cannot exec [true] in container \"victim\"")
                    .hasMessageContaining("no longer exists");
            assertThat(c.isRunning()).isFalse();
        }
    }

    @Test
    void missingImageWithNeverIsClear() {
        assertThatThrownBy(() -> Containers.start(ContainerSpec.of("berth-test/missing:1").withPullPolicy(PullPolicy.NEVER)))
                .isInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("image [berth-test/missing:1] is not present on the engine")
                .hasMessageContaining("the pull policy is NEVER");
    }

    @Test
    @DockerOnly("Podman reports OOMKilled false (cgroup v1); PodmanEngineTest checks Berth's wording")
    void oomKilledIsReported() {
        assertThatThrownBy(() -> Containers.start(HandleTestSupport.busybox("sh", "-c", "sleep 0.2; exec tail /dev/zero")
                .withMemory("8m").withWaitFor(dev.berth.Wait.forLogMessage("never", 1))))
                .isInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("OOMKilled: true");
    }
}
