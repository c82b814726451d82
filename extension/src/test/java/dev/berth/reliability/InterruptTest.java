package dev.berth.reliability;

import static dev.berth.reliability.Reliability.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.docker.ClientCounters;
import dev.berth.BerthInterruptedException;
import dev.berth.ContainerHandle;
import dev.berth.ContainerStartupException;
import dev.berth.Containers;
import dev.berth.Wait;
import dev.berth.docker.DockerClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A test thread interrupted (a JUnit timeout, a cancelled run) while Berth waits or execs: the call returns promptly
 * with a typed exception, keeps the interrupt status, leaves no connection open, and cleanup still works on the
 * interrupted thread.
 */
class InterruptTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(3);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private volatile long interruptedAt;
    private DockerClient docker;
    private long socketsBefore;

    @BeforeEach
    void client() throws IOException {
        docker = DockerClient.fromEnvironment();
        docker.system().ping();
        Reliability.leftovers(); // the shared client's pooled connection counts in the baseline
        socketsBefore = openSockets() - ClientCounters.idleConnections(docker);
    }

    @AfterEach
    void noConnectionLeft() throws IOException {
        Thread.interrupted();
        scheduler.shutdownNow();
        // every connection the client opened is idle in its pool or closed: none is stuck on a cut-off stream
        Reliability.await("the interrupted call's connection is closed", Duration.ofSeconds(5),
                () -> openSocketsQuietly() - ClientCounters.idleConnections(docker) <= socketsBefore);
        docker.close();
        assertThat(Reliability.leftovers()).isEmpty();
    }

    @AfterAll
    static void nothingLeft() {
        Reliability.assertNothingLeft();
    }

    private static long openSockets() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException gone) {
                    return false;
                }
            }).count();
        }
    }

    private static long openSocketsQuietly() {
        try {
            return openSockets();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Interrupts this thread once one of this run's containers runs, and {@code delay} later: so during its wait. */
    private void interruptWhenRunning(Duration delay) {
        Thread test = Thread.currentThread();
        scheduler.execute(() -> {
            Reliability.await("a container of this run is running", Duration.ofSeconds(30), () -> !docker.containers()
                    .list(false, java.util.Map.of("label", java.util.List.of(Reliability.RUN_LABEL + "=" + Reliability.RUN_ID))).isEmpty());
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            interruptedAt = System.nanoTime();
            test.interrupt();
        });
    }

    private void interruptIn(Duration delay) {
        Thread test = Thread.currentThread();
        scheduler.schedule(() -> {
            interruptedAt = System.nanoTime();
            test.interrupt();
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void duringAnExec() {
        try (ContainerHandle c = Containers.start(docker, sleeper().withName("app"))) {
            interruptIn(Duration.ofMillis(300));
            assertThatThrownBy(() -> c.exec("sleep", "60"))
                    .isExactlyInstanceOf(BerthInterruptedException.class)
                    .hasMessageStartingWith("Interrupted while exec [sleep, 60] ran in container \"app\" (image busybox:stable, id "
                            + c.id().substring(0, 12) + "); Berth closed its connection and Berth killed it and its child processes"
                            + " (host pid ")
                    .hasMessageEndingWith("). The thread's interrupt status is kept.");
            assertThat(Duration.ofNanos(System.nanoTime() - interruptedAt)).as("from the interrupt to the exception").isLessThan(PROMPTLY);
            assertThat(Thread.interrupted()).as("interrupt status kept").isTrue();
            assertThat(c.exec("sh", "-c", "pgrep -f 'sleep 60' || echo none").stdout()).isEqualTo("none\n");
        }
    }

    @Test
    void duringALogWaitTheContainerIsRemoved() {
        interruptWhenRunning(Duration.ofMillis(300));
        assertThatThrownBy(() -> Containers.start(docker, sleeper().withName("db")
                .withWaitFor(Wait.forLogMessage("ready", 1).withTimeout(Duration.ofSeconds(60)))))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Interrupted while waiting for container \"db\" (image busybox:stable, id ")
                .hasMessageEndingWith(" (a log line matching /ready/); Berth stopped waiting and removed the container. The thread's"
                        + " interrupt status is kept: whoever interrupted it (a timeout, a cancelled test) decides what follows.");
        assertThat(Duration.ofNanos(System.nanoTime() - interruptedAt)).as("from the interrupt to the exception").isLessThan(PROMPTLY);
        assertThat(Thread.interrupted()).as("interrupt status kept").isTrue();
        assertThat(Reliability.leftovers()).as("removed although the thread was interrupted").isEmpty();
    }

    @Test
    void duringAPortProbe() {
        interruptWhenRunning(Duration.ofMillis(300));
        assertThatThrownBy(() -> Containers.start(docker, sleeper().withName("db")
                .withWaitFor(Wait.forPort(5432).withTimeout(Duration.ofSeconds(60)))))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Interrupted while waiting for container \"db\" (image busybox:stable, id ")
                .hasMessageContaining(" (port 5432 listening inside the container); Berth stopped waiting and removed the container.");
        assertThat(Duration.ofNanos(System.nanoTime() - interruptedAt)).as("from the interrupt to the exception").isLessThan(PROMPTLY);
        assertThat(Thread.interrupted()).as("interrupt status kept").isTrue();
        assertThat(Reliability.leftovers()).isEmpty();
    }

    @Test
    void duringTheStartItself() {
        interruptIn(Duration.ofMillis(20));
        assertThatThrownBy(() -> Containers.start(docker, sleeper().withName("db")))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Interrupted while ");
        assertThat(Thread.interrupted()).as("interrupt status kept").isTrue();
        assertThat(Reliability.leftovers()).as("removed although the thread was interrupted").isEmpty();
    }

    @Test
    void duringWaitForExitAndCloseStillRemoves() {
        ContainerHandle c = Containers.start(docker, sleeper().withName("app"));
        interruptIn(Duration.ofMillis(300));
        assertThatThrownBy(() -> c.waitForExit(Duration.ofSeconds(60)))
                .isExactlyInstanceOf(BerthInterruptedException.class)
                .hasMessage("Interrupted while waiting for container \"app\" (image busybox:stable, id " + c.id().substring(0, 12)
                        + ") to exit; the container was left as it is (it is removed at the end of its scope)");
        assertThat(Duration.ofNanos(System.nanoTime() - interruptedAt)).as("from the interrupt to the exception").isLessThan(PROMPTLY);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        c.close();
        assertThat(Thread.interrupted()).as("close keeps the interrupt status").isTrue();
        assertThat(Reliability.leftovers()).as("close removed it on the interrupted thread").isEmpty();
    }
}
