package dev.berth;

import static dev.berth.BerthTestKit.IMAGE;
import static dev.berth.BerthTestKit.assertThat;
import static dev.berth.BerthTestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.internal.reaper.SessionGuard;
import dev.berth.internal.reaper.WatchdogTarget;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What Berth logs through {@code System.Logger} "dev.berth" (java.util.logging here, as no other backend is on the
 * test class path): at INFO one line per engine and JVM and one per container as it becomes ready; at DEBUG (JUL's
 * FINE) each step, removal and network.
 */
class LoggingTest {

    private static final String READY = "container \"logged\" \\(image busybox:stable, id [0-9a-f]{12}\\) ready in \\d+ ms"
            + " \\(pull \\d+ ms, create \\d+ ms, start \\d+ ms, wait \\d+ ms\\)";

    @RegisterExtension
    final BerthLogCapture log = new BerthLogCapture();

    @Test
    void eachContainerLogsOneInfoLineWhenReadyAndItsStepsAtDebug() {
        assertThat(run(LoggedTestCase.class)).succeeded(1);

        List<String> info = log.messages(Level.INFO).stream().filter(m -> m.contains("\"logged\"")).collect(Collectors.toList());
        assertThat(info).singleElement().asString().matches(READY);
        List<String> debug = log.messages(Level.FINE);
        assertThat(debug).anyMatch(m -> m.matches("created container \"logged\" \\(image busybox:stable, id [0-9a-f]{12}\\) in \\d+ ms"))
                .anyMatch(m -> m.matches("started container \"logged\" \\(image busybox:stable, id [0-9a-f]{12}\\) in \\d+ ms;"
                        + " waiting for the container running"))
                .anyMatch(m -> m.matches("removed container \"logged\" \\(image busybox:stable, id [0-9a-f]{12}\\) in \\d+ ms"))
                .anyMatch(m -> m.matches("created network berth-logs-[0-9a-z]+ \\(\"logs\", id [0-9a-f]{12}\\)"))
                .anyMatch(m -> m.matches("removed network berth-logs-[0-9a-z]+ \\(\"logs\", id [0-9a-f]{12}\\)"));
    }

    @WithContainer(name = "logged", image = IMAGE, command = {"sleep", "300"}, network = "logs")
    static class LoggedTestCase {
        @Test
        void test(ContainerHandle logged) {
        }
    }

    @Test
    void theEngineIsLoggedOnceAtInfoWithHowItWasFound() {
        SessionGuard guard = new SessionGuard("dev.berth.session=logging-test", false);
        WatchdogTarget engine = new WatchdogTarget("unix:///nonexistent/logging-test.sock", "", false, false);

        guard.guard(engine, "DOCKER_HOST");
        guard.guard(engine, "DOCKER_HOST");

        assertThat(log.messages(Level.INFO)).filteredOn(m -> m.contains("logging-test.sock"))
                .containsExactly("Berth uses the Docker engine at unix:///nonexistent/logging-test.sock (found via DOCKER_HOST)");
        assertThat(log.messages(Level.FINE)).contains("Berth's watchdog process is off (berth.reaper.watchdog=false): containers"
                + " left by a killed JVM stay on unix:///nonexistent/logging-test.sock");
    }

}
