package dev.berth;

import static dev.berth.BerthTestKit.IMAGE;
import static dev.berth.BerthTestKit.assertThat;
import static dev.berth.BerthTestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each {@code @WaitFor} attribute through the extension (API.md section 2); the strategies' own tests are the starter's. */
class WaitForTest {

    private static final String SLOW_HTTPD = "sleep 1; exec httpd -f -p 8080 -h /etc";

    @Test
    void everyAttributeHoldsBeforeTheTestRuns() {
        assertThat(run(AttributesTestCase.class)).succeeded(1);
    }

    @WithContainer(name = "port", image = IMAGE, command = {"sh", "-c", SLOW_HTTPD}, waitFor = @WaitFor(port = 8080, timeout = "30s"))
    @WithContainer(name = "http", image = IMAGE, command = {"sh", "-c", SLOW_HTTPD}, ports = 8080,
            waitFor = @WaitFor(http = "/passwd", httpPort = 8080, httpStatus = 200))
    @WithContainer(name = "oneshot", image = IMAGE, command = {"sh", "-c", "sleep 1; echo done"}, waitFor = @WaitFor(exited = true))
    @WithContainer(name = "all", image = IMAGE, command = {"sh", "-c", "echo up; echo up; sleep 1; touch /tmp/ready; exec sleep 300"},
            waitFor = @WaitFor(log = "up", logTimes = 2, command = {"test", "-f", "/tmp/ready"}))
    static class AttributesTestCase {
        @Test
        void ready(@Named("port") ContainerHandle port, @Named("http") ContainerHandle http,
                   @Named("oneshot") ContainerHandle oneshot, @Named("all") ContainerHandle all) {
            assertThat(port.exec("wget", "-q", "-O", "-", "http://127.0.0.1:8080/passwd").stdout()).contains("root:");
            assertThat(http.isRunning()).isTrue();
            assertThat(oneshot.isRunning()).isFalse();
            assertThat(oneshot.waitForExit(Duration.ofSeconds(5))).isZero();
            assertThat(all.exec("test", "-f", "/tmp/ready").exitCode()).isZero();
        }
    }

    @Test
    void aContainerThatExitsWhileAwaitedFailsAtOnce() {
        BerthTestKit.Run run = run(ExitsTestCase.class);

        assertThat(run).hasSingleFailedContainer().isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("\"quitter\"").hasMessageContaining("exit code 4").hasMessageContaining("bye");
        assertThat(run.millis()).as("not the 60 s timeout").isLessThan(15_000);
    }

    @Test
    void healthyOnAnImageWithoutAHealthCheckFailsAtOnceSayingHowToGiveItOne() {
        BerthTestKit.Run run = run(NoHealthCheckTestCase.class);

        assertThat(run).hasSingleFailedContainer().isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"app\" (image busybox:stable, id ")
                .hasMessageContaining("can never be ready for what Berth was to wait for: the container's health check reporting"
                        + " healthy. Berth failed at once instead of waiting for the timeout (60000 ms).")
                .hasMessageContaining("Checked: the container has no health check (its image defines no HEALTHCHECK")
                .hasMessageContaining("Fix: give the image a health check, a HEALTHCHECK instruction in its Dockerfile");
        assertThat(run.millis()).as("not the 60 s timeout").isLessThan(15_000);
    }

    @WithContainer(name = "app", image = IMAGE, command = {"sleep", "300"}, waitFor = @WaitFor(healthy = true))
    static class NoHealthCheckTestCase {
        @Test
        void never() {
        }
    }

    @WithContainer(name = "quitter", image = IMAGE, command = {"sh", "-c", "echo bye; exit 4"}, waitFor = @WaitFor(log = "never"))
    static class ExitsTestCase {
        @Test
        void never() {
        }
    }
}
