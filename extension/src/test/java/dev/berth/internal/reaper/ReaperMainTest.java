package dev.berth.internal.reaper;

import static dev.berth.docker.EngineTestSupport.IMAGE;
import static dev.berth.docker.EngineTestSupport.RUN_ID;
import static dev.berth.docker.EngineTestSupport.RUN_LABEL;
import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.docker.model.ContainerConfig;
import dev.berth.docker.model.ContainerSummary;
import dev.berth.internal.Session;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The watchdog process on its own: it sweeps the session's label once the process it watches is gone, and a
 * process that is only a zombie (killed, its parent not waiting for it, which the JDK still counts as alive) is gone.
 */
class ReaperMainTest {

    private final String session = UUID.randomUUID().toString();
    private final List<Process> processes = new ArrayList<>();
    private String container;

    @BeforeEach
    void labelledContainer() {
        ContainerConfig config = ContainerConfig.of(IMAGE).withCmd("sleep", "300").withLabel(RUN_LABEL, RUN_ID)
                .withLabel(Session.SESSION_LABEL, session);
        container = docker().containers().create(config).id();
    }

    @AfterEach
    void cleanUp() {
        processes.forEach(Process::destroyForcibly);
        removeQuietly(container);
    }

    @Test
    void aWatchedProcessThatIsOnlyAZombieCountsAsGone() throws Exception {
        // sh forks a short sleep, then becomes a long sleep that never waits for it: the short one stays a zombie
        Process parent = start("sh", "-c", "sleep 1 & echo $!; exec sleep 60");
        long zombie = Long.parseLong(new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8)).readLine());
        Process reaper = reaper(zombie, WatchedProcess.markOf(zombie));

        assertThat(reaper.waitFor(20, TimeUnit.SECONDS)).as("the watchdog ends after its sweeps").isTrue();
        assertThat(ProcessHandle.of(zombie)).as("still a zombie: the JDK calls it alive")
                .hasValueSatisfying(h -> assertThat(h.isAlive()).isTrue());
        assertThat(labelled()).as("the session's containers").isEmpty();
    }

    @Test
    void aLiveProcessIsWatchedNotSweptAndItsEndIsNoticed() throws Exception {
        Process jvm = start("sleep", "60");
        Process reaper = reaper(jvm.pid(), WatchedProcess.markOf(jvm.pid()), ProcessBuilder.Redirect.PIPE);
        String first = new BufferedReader(new InputStreamReader(reaper.getErrorStream(), StandardCharsets.UTF_8)).readLine();

        assertThat(first).isEqualTo("berth-reaper: watching " + jvm.pid() + " (" + WatchedProcess.markOf(jvm.pid()) + ")");
        assertThat(labelled()).as("the live process's containers").hasSize(1);
        assertThat(reaper.isAlive()).isTrue();

        jvm.destroyForcibly().waitFor();
        assertThat(reaper.waitFor(20, TimeUnit.SECONDS)).as("the watchdog ends after its sweeps").isTrue();
        assertThat(labelled()).isEmpty();
    }

    @Test
    void aProcessIdThatIsNoLongerThereIsSweptAtOnce() throws Exception {
        Process gone = start("true");
        assertThat(gone.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Process reaper = reaper(gone.pid(), "-");

        assertThat(reaper.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(labelled()).isEmpty();
    }

    @Test
    void aReusedProcessIdIsToldApartByItsStartTime() throws Exception {
        Process other = start("sleep", "60");
        String mark = WatchedProcess.markOf(other.pid());
        assertThat(mark).as("on Linux: the start in clock ticks since boot").matches("ticks:\\d+");
        String earlier = "ticks:" + (Long.parseLong(mark.substring("ticks:".length())) - 6000);
        Process reaper = reaper(other.pid(), earlier);

        assertThat(reaper.waitFor(20, TimeUnit.SECONDS)).as("the watched JVM is not this process: gone").isTrue();
        assertThat(other.isAlive()).isTrue();
        assertThat(labelled()).isEmpty();
    }

    private Process reaper(long pid, String startMark) throws Exception {
        return reaper(pid, startMark, ProcessBuilder.Redirect.DISCARD);
    }

    private Process reaper(long pid, String startMark, ProcessBuilder.Redirect stderr) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReaperMain.class.getName(), Session.SESSION_LABEL + "=" + session,
                Long.toString(pid), startMark));
        command.addAll(WatchdogTarget.of(docker()).toArgs());
        Process process = new ProcessBuilder(command).redirectError(stderr).start();
        processes.add(process);
        return process;
    }

    private Process start(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        processes.add(process);
        return process;
    }

    private List<ContainerSummary> labelled() {
        return docker().containers().list(true, Map.of("label", List.of(Session.SESSION_LABEL + "=" + session)));
    }
}
