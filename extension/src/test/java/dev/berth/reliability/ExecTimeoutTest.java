package dev.berth.reliability;

import static dev.berth.reliability.Reliability.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerHandle;
import dev.berth.Containers;
import dev.berth.Exec;
import dev.berth.ExecTimeoutException;
import dev.berth.docker.DockerClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An exec timeout never signals a process that is not proven to be the exec's own on the machine that runs the JVM.
 * Where the engine runs in a VM or on another machine its pids name other processes here: a proxy in front of the
 * engine stands for such an engine, reporting the pid of a decoy process that this test started.
 */
class ExecTimeoutTest {

    @AfterAll
    static void nothingLeft() {
        Reliability.assertNothingLeft();
    }

    @Test
    void aPidThatIsNotTheContainersIsNotSignalledAndTheMessageSaysTheProcessStillRuns() throws Exception {
        Process decoy = new ProcessBuilder("sleep", "600").start();
        try (PidRewritingProxy engine = new PidRewritingProxy(Path.of("/var/run/docker.sock"), decoy.pid());
             DockerClient docker = DockerClient.connect(engine.host());
             ContainerHandle c = Containers.start(docker, sleeper().withName("app"))) {
            String described = "\"app\" (image busybox:stable, id " + c.id().substring(0, 12) + ")";

            assertThatThrownBy(() -> c.exec(Exec.of("sh", "-c", "echo started; sleep 601").withTimeout(Duration.ofMillis(500))))
                    .isExactlyInstanceOf(ExecTimeoutException.class)
                    .hasMessage("Exec [sh, -c, echo started; sleep 601] in container " + described + " did not finish within 500 ms;"
                            + " it is still running in the container: Berth did not signal pid " + decoy.pid() + ", which the"
                            + " engine reports for it, as that pid could not be proven to be this exec's process on this machine:"
                            + " /proc/" + decoy.pid() + "/cgroup does not name container " + c.id() + " (the engine may run in a VM"
                            + " or on another machine, or this JVM in a container). Stop or restart the container to end it, or"
                            + " have the command end itself, e.g. [timeout, 5, sh, -c, echo started; sleep 601]."
                            + "\nstdout so far: \"started\n\"\nstderr so far: (none)"
                            + "\nRaise the timeout with Exec.withTimeout(..), or check why the command blocks (waiting for stdin?).");

            assertThat(decoy.isAlive()).as("the decoy whose pid the engine reported").isTrue();
            long real = engine.enginePid();
            assertThat(real).as("the exec's pid as the engine reported it, before the proxy rewrote it").isPositive();
            assertThat(ProcessHandle.of(real).map(ProcessHandle::isAlive)).as("the exec's real process").isEqualTo(Optional.of(true));
            // busybox sh execs its last command in place: the exec's process is now sleep 601
            assertThat(c.exec("sh", "-c", "ps -o args | grep -c '^sleep 601$'").stdout())
                    .as("the exec's process, as the container sees it").isEqualTo("1\n");
        } finally {
            decoy.destroyForcibly();
        }
    }
}
