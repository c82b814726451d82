package dev.berth.internal.container;

import static dev.berth.internal.container.HandleTestSupport.busybox;
import static dev.berth.internal.container.HandleTestSupport.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerHandle;
import dev.berth.ContainerStartupException;
import dev.berth.Containers;
import dev.berth.Wait;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class WaitTest {

    @AfterAll
    static void nothingLeft() {
        HandleTestSupport.assertNothingLeft();
    }

    @Test
    void logMessageCountsMatchingLines() {
        try (ContainerHandle c = Containers.start(busybox("sh", "-c", "sleep 0.2; echo ready; echo ready; sleep 300")
                .withWaitFor(Wait.forLogMessage("^ready$", 2)))) {
            assertThat(c.logs()).isEqualTo("ready\nready\n");
        }
    }

    @Test
    void portListeningInsideTheContainer() throws Exception {
        try (ContainerHandle c = Containers.start(busybox("sh", "-c", "sleep 0.5; mkdir -p /www; echo hi > /www/index.html; httpd -f -p 8080 -h /www")
                .withExposedPorts(8080).withWaitFor(Wait.forPort(8080)))) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://" + c.host() + ":" + c.mappedPort(8080) + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.body()).isEqualTo("hi\n");
        }
    }

    @Test
    void httpViaTheMappedPort() {
        try (ContainerHandle c = Containers.start(busybox("sh", "-c", "mkdir -p /www; echo ok > /www/health; sleep 0.3; httpd -f -p 80 -h /www")
                .withExposedPorts(80).withWaitFor(Wait.forHttp("/health")))) {
            assertThat(c.isRunning()).isTrue();
        }
    }

    @Test
    void commandUntilExitZero() {
        try (ContainerHandle c = Containers.start(busybox("sh", "-c", "sleep 0.3; touch /tmp/ready; sleep 300")
                .withWaitFor(Wait.forCommand("test", "-f", "/tmp/ready")))) {
            assertThat(c.stat("/tmp/ready").isRegularFile()).isTrue();
        }
    }

    @Test
    void exitedForOneShotContainers() {
        try (ContainerHandle c = Containers.start(busybox("sh", "-c", "echo done; exit 3").withWaitFor(Wait.forExit()))) {
            assertThat(c.isRunning()).isFalse();
            assertThat(c.waitForExit(Duration.ofSeconds(5))).isEqualTo(3);
            assertThat(c.logs()).isEqualTo("done\n");
        }
    }

    @Test
    void allStrategiesMustHold() {
        try (ContainerHandle c = Containers.start(busybox("sh", "-c", "echo one; touch /tmp/x; sleep 300")
                .withWaitFor(Wait.all(Wait.forLogMessage("one", 1), Wait.forCommand("test", "-f", "/tmp/x"))))) {
            assertThat(c.isRunning()).isTrue();
        }
    }

    @Test
    void containerExitingDuringWaitFailsAtOnceWithItsReport() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> Containers.start(busybox("sh", "-c", "echo booting; echo 'fatal: no config' >&2; exit 2")
                .withName("broken").withWaitFor(Wait.forPort(5432).withTimeout(Duration.ofSeconds(30)))))
                .isInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"broken\" (image busybox:stable, id ")
                .hasMessageContaining("exited while Berth waited for port 5432 listening inside the container (timeout 30000 ms).")
                .hasMessageFindingMatch("State: (exited|stopped), exit code 2\n") // Podman may still say stopped (docs/peers.md)
                .hasMessageContaining("  | booting").hasMessageContaining("  | fatal: no config");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(HandleTestSupport.leftovers()).isEmpty();
    }

    @Test
    void timeoutNamesWhatWasAwaitedAndRemovesTheContainer() {
        assertThatThrownBy(() -> Containers.start(sleeper().withName("slow").withWaitFor(Wait.forLogMessage("never", 1).withTimeout(Duration.ofMillis(700)))))
                .isInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("was not ready within 700 ms: Berth waited for a log line matching /never/.")
                .hasMessageContaining("Checked: saw 0 of 1 matching line(s)")
                .hasMessageContaining("State: running\nLast 100 log lines:")
                .hasMessageContaining("Last 100 log lines:\n  (no output)");
        assertThat(HandleTestSupport.leftovers()).isEmpty();
    }

    @Test
    void portWaitTimesOutSayingWhatWasChecked() {
        assertThatThrownBy(() -> Containers.start(sleeper().withWaitFor(Wait.forPort(9999).withTimeout(Duration.ofMillis(500)))))
                .isInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("Checked: the container's listening sockets in /proc/")
                .hasMessageContaining("nothing listened on port 9999");
    }

    @Test
    void healthyWithoutAHealthCheckFailsAtOnceSayingHowToGiveItOne() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> Containers.start(sleeper().withName("nocheck").withWaitFor(Wait.forHealthy().withTimeout(Duration.ofSeconds(60)))))
                .isInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"nocheck\" (image busybox:stable, id ")
                .hasMessageContaining(") can never be ready for what Berth was to wait for: the container's health check reporting"
                        + " healthy. Berth failed at once instead of waiting for the timeout (60000 ms).\n"
                        + "Checked: the container has no health check (its image defines no HEALTHCHECK, or disables it with"
                        + " HEALTHCHECK NONE), so the engine will never report it healthy\n"
                        + "State: running\n")
                .hasMessageContaining("Fix: give the image a health check, a HEALTHCHECK instruction in its Dockerfile")
                .hasMessageContaining("@WaitFor(command = ..) / Wait.forCommand(..) runs such a check");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("not the 60 s timeout").isLessThan(Duration.ofSeconds(10));
        assertThat(HandleTestSupport.leftovers()).isEmpty();
    }

    @Test
    void untilCallsAUsersCheckUntilItHolds() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        // /tmp/ready appears only after the first call has run (it creates /tmp/go), so that call must say not ready
        try (ContainerHandle c = Containers.start(busybox("sh", "-c", "until [ -f /tmp/go ]; do sleep 0.1; done; touch /tmp/ready; exec sleep 300")
                .withWaitFor(Wait.until("/tmp/ready to appear", container -> {
                    calls.incrementAndGet();
                    boolean ready = container.exec("test", "-f", "/tmp/ready").exitCode() == 0;
                    container.exec("touch", "/tmp/go");
                    return ready;
                })))) {
            assertThat(c.exec("test", "-f", "/tmp/ready").exitCode()).isZero();
            assertThat(calls).as("called until it held").hasValueGreaterThan(1);
        }
    }

    @Test
    void untilCountsAnExceptionAsNotReadyAndShowsTheLastOneAtTheTimeout() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        assertThatThrownBy(() -> Containers.start(sleeper().withName("db").withWaitFor(Wait.until("a query answers", container -> {
            throw new java.io.IOException("no answer to call " + calls.incrementAndGet());
        }).withTimeout(Duration.ofMillis(700)))))
                .isInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"db\" (image busybox:stable, id ")
                .hasMessageContaining(" was not ready within 700 ms: Berth waited for a query answers.\nChecked: called the check ")
                .hasMessageContaining(" time(s); it last threw java.io.IOException: no answer to call " + "")
                .hasMessageContaining("State: running\nLast 100 log lines:\n  (no output)")
                // the cause is the last call that ended; one more may still be running as the timeout passes
                .satisfies(e -> assertThat(e.getMessage()).contains("it last threw java.io.IOException: " + e.getCause().getMessage()))
                .cause().isInstanceOf(java.io.IOException.class).hasMessageMatching("no answer to call \\d+")
                .satisfies(cause -> assertThat(Integer.parseInt(cause.getMessage().replaceAll("\\D", ""))).isBetween(calls.get() - 1, calls.get()));
        assertThat(HandleTestSupport.leftovers()).isEmpty();
    }

    @Test
    void untilFailsAtOnceWhenTheContainerExits() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> Containers.start(busybox("sh", "-c", "sleep 0.3; echo 'fatal: no config'; exit 3").withName("db")
                .withWaitFor(Wait.until("a query answers", container -> false).withTimeout(Duration.ofSeconds(60)))))
                .isInstanceOf(ContainerStartupException.class)
                .hasMessageContaining(" exited while Berth waited for a query answers (timeout 60000 ms).\nChecked: called the check ")
                .hasMessageContaining("it last returned false")
                .hasMessageFindingMatch("State: (exited|stopped), exit code 3\n") // Podman may still say stopped (docs/peers.md)
                .hasMessageContaining("  | fatal: no config");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("not the 60 s timeout").isLessThan(Duration.ofSeconds(10));
        assertThat(HandleTestSupport.leftovers()).isEmpty();
    }

    @Test
    void untilKeepsItsTimeoutWhenTheCheckBlocks() {
        java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(1);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> Containers.start(sleeper().withWaitFor(Wait.until("a query answers", container -> {
            try {
                new java.util.concurrent.CountDownLatch(1).await(); // a connect that never answers
                return true;
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        }).withTimeout(Duration.ofMillis(500)))))
                .isInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("was not ready within 500 ms: Berth waited for a query answers.\n"
                        + "Checked: called the check 1 time(s); the last call was still running when the timeout passed\n");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(interrupted.getCount()).as("the blocked call was interrupted").isZero();
    }

    @Test
    void anyIsReadyWhenOneHolds() {
        long t0 = System.nanoTime();
        try (ContainerHandle c = Containers.start(busybox("sh", "-c", "sleep 0.3; touch /tmp/ready; exec sleep 300")
                .withWaitFor(Wait.any(Wait.forLogMessage("never", 1), Wait.forCommand("test", "-f", "/tmp/ready"))
                        .withTimeout(Duration.ofSeconds(60))))) {
            assertThat(c.exec("test", "-f", "/tmp/ready").exitCode()).isZero();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("not the log wait's 60 s").isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void anyThatNeverHoldsSaysWhatEachWaitedFor() {
        assertThatThrownBy(() -> Containers.start(sleeper().withWaitFor(Wait.any(Wait.forLogMessage("never", 1),
                Wait.until("a query answers", container -> false)).withTimeout(Duration.ofMillis(700)))))
                .isInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("was not ready within 700 ms: Berth waited for one of: a log line matching /never/, or a query answers.\n"
                        + "Checked: none held; a log line matching /never/: saw 0 of 1 matching line(s)")
                // Podman, which withholds an empty log stream's head, adds ": the engine sent no log output" (docs/peers.md)
                .hasMessageFindingMatch("matching line\\(s\\)(: the engine sent no log output)?; a query answers: called the check \\d+ time\\(s\\); "
                        + "it last returned false");
        assertThat(HandleTestSupport.leftovers()).isEmpty();
    }
}
