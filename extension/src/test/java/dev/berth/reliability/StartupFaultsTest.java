package dev.berth.reliability;

import static dev.berth.reliability.Reliability.busybox;
import static dev.berth.reliability.Reliability.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerSpec;
import dev.berth.ContainerStartupException;
import dev.berth.Containers;
import dev.berth.DockerOnly;
import dev.berth.PullPolicy;
import dev.berth.Wait;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bad images and containers that cannot be made ready: each fails with a {@link ContainerStartupException} that
 * names the container, says what happened and what to do, and leaves nothing behind.
 */
class StartupFaultsTest {

    @AfterEach
    void nothingLeftByThisTest() {
        assertThat(Reliability.leftovers()).as("containers left behind").isEmpty();
    }

    @AfterAll
    static void nothingLeft() {
        Reliability.assertNothingLeft();
    }

    @Test
    @DockerOnly("Podman's text (\"normalizing image: ...\"); Berth gives the same fix (PodmanEngineTest)")
    void imageReferenceInUpperCase() {
        assertThatThrownBy(() -> Containers.start(ContainerSpec.of("Busybox:Stable").withName("web").withLabel(Reliability.RUN_LABEL, Reliability.RUN_ID)))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessage("Container \"web\" (image Busybox:Stable) could not be created: invalid reference format: repository name"
                        + " must be lowercase. Fix: write the image reference as [registry[:port]/]name[:tag][@digest], in lowercase,"
                        + " e.g. busybox:stable.");
    }

    @Test
    @DockerOnly("Podman's text (\"normalizing image: ...\"); Berth gives the same fix (PodmanEngineTest)")
    void imageReferenceWithAnEmptyTag() {
        assertThatThrownBy(() -> Containers.start(ContainerSpec.of("busybox::1").withName("web").withLabel(Reliability.RUN_LABEL, Reliability.RUN_ID)))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessage("Container \"web\" (image busybox::1) could not be created: invalid reference format. Fix: write the"
                        + " image reference as [registry[:port]/]name[:tag][@digest], in lowercase, e.g. busybox:stable.");
    }

    @Test
    void blankImageReference() {
        assertThatThrownBy(() -> ContainerSpec.of("  "))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("ContainerSpec.of(..) requires an image reference, e.g. \"busybox:stable\", but it was blank");
    }

    @Test
    void imageMissingWithPullPolicyNever() {
        assertThatThrownBy(() -> Containers.start(ContainerSpec.of("berth-test/missing:1").withName("db")
                .withPullPolicy(PullPolicy.NEVER).withLabel(Reliability.RUN_LABEL, Reliability.RUN_ID)))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessage("Container \"db\" could not be created: image [berth-test/missing:1] is not present on the engine ("
                        + Reliability.docker().endpoint() + "), and the pull policy is NEVER. Fix: pull or load it first (docker"
                        + " pull / docker load), or use PullPolicy.IF_MISSING.");
    }

    @Test
    void pullOfAMissingTagFromAnUnreachableRegistry() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> Containers.start(ContainerSpec.of("127.0.0.1:1/berth/missing:no-such-tag").withName("db")
                .withLabel(Reliability.RUN_LABEL, Reliability.RUN_ID)))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"db\" needs image [127.0.0.1:1/berth/missing:no-such-tag], which could not be"
                        + " pulled from 127.0.0.1:1: ")
                .hasMessageContaining("connection refused")
                .hasMessageEndingWith(". Fix: check the reference and tag, the registry credentials (docker login, or DOCKER_CONFIG),"
                        + " and that the registry is reachable; offline, load the image first (docker load): with"
                        + " PullPolicy.IF_MISSING, this container's policy, Berth pulls only an image the engine lacks.");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void pullAlwaysOfAMissingTag() {
        assertThatThrownBy(() -> Containers.start(ContainerSpec.of("127.0.0.1:1/berth/missing:no-such-tag").withName("db")
                .withPullPolicy(PullPolicy.ALWAYS).withLabel(Reliability.RUN_LABEL, Reliability.RUN_ID)))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"db\" needs image [127.0.0.1:1/berth/missing:no-such-tag], which could not be pulled")
                .hasMessageEndingWith("; offline, load the image first (docker load) and use PullPolicy.IF_MISSING or NEVER: ALWAYS"
                        + " pulls even an image the engine has.");
    }

    @Test
    @DockerOnly("Podman leaves the container created with exit code 0 and no engine error")
    void commandMissingInTheImage() {
        assertThatThrownBy(() -> Containers.start(busybox("/no/such/program").withName("app")))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"app\" (image busybox:stable, id ")
                .hasMessageContaining(") could not be started: start failed: ")
                .hasMessageContaining("exec: \"/no/such/program\": stat /no/such/program: no such file or directory")
                .hasMessageContaining("\nState: created, exit code 127, engine error: ")
                .hasMessageContaining("\nLast 100 log lines:\n  (no output)\n")
                .hasMessageEndingWith("Fix: check the command and entrypoint exist in the image, and that ports and mounts are valid.");
    }

    @Test
    void userMissingInTheImage() {
        assertThatThrownBy(() -> Containers.start(sleeper().withName("app").withUser("no-such-user")))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"app\" (image busybox:stable, id ")
                .hasMessageContaining("start failed: unable to find user no-such-user: no matching entries in passwd file.")
                .hasMessageEndingWith("Fix: use a user that exists in the image, or a numeric uid:gid such as \"1000:1000\".");
    }

    @Test
    @DockerOnly("Podman refuses it at create, not at start: the message has no container id; the same fix")
    void networkThatDoesNotExist() {
        assertThatThrownBy(() -> Containers.start(sleeper().withName("app").withNetwork("berth-no-such-network")))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"app\" (image busybox:stable, id ")
                .hasMessageContaining("start failed: network berth-no-such-network not found.")
                .hasMessageEndingWith("Fix: create the network first (DockerClient.networks().create(..), or docker network create),"
                        + " or use @WithContainer(network = ..), which creates it for the scope.");
    }

    @Test
    @DockerOnly("Podman's text (\"fill out specgen: ...\"); Berth gives the same fix (PodmanEngineTest)")
    void relativeTmpfsPath() {
        assertThatThrownBy(() -> Containers.start(sleeper().withName("app").withTmpfs("relative/path")))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessage("Container \"app\" (image busybox:stable) could not be created: invalid mount path: 'relative/path' mount"
                        + " path must be absolute. Fix: give tmpfs mounts as absolute paths, e.g. \"/run\" or \"/run:size=64m\".");
    }

    @Test
    void waitTimeout() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> Containers.start(busybox("sh", "-c", "echo starting; sleep 300").withName("slow")
                .withWaitFor(Wait.forLogMessage("ready", 1).withTimeout(Duration.ofMillis(800)))))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"slow\" (image busybox:stable, id ")
                .hasMessageContaining(") was not ready within 800 ms: Berth waited for a log line matching /ready/.\n"
                        + "Checked: saw 0 of 1 matching line(s)\nState: running\nLast 100 log lines:\n  | starting\n")
                .hasMessageEndingWith("Fix: check that the container does what is awaited (see its log lines above), or raise the"
                        + " timeout (@WaitFor(timeout = ..), Wait...withTimeout(..), or berth.wait.timeout).");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void containerExitingDuringTheWait() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> Containers.start(busybox("sh", "-c", "echo 'missing DATABASE_URL' >&2; exit 3").withName("app")
                .withWaitFor(Wait.forHttp("/health").forPort(8080).withTimeout(Duration.ofSeconds(60))).withExposedPorts(8080)))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"app\" (image busybox:stable, id ")
                .hasMessageContaining(") exited while Berth waited for HTTP GET /health on port 8080 answering 200 (timeout 60000 ms).\nChecked: ")
                .hasMessageFindingMatch("\nState: (exited|stopped), exit code 3\n") // Podman may still say stopped (docs/peers.md)
                .hasMessageContaining("  | missing DATABASE_URL")
                .hasMessageEndingWith("Fix: the container's command ended; check the command, its arguments and environment against"
                        + " the log lines above.");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("fails at once, not at the timeout").isLessThan(Duration.ofSeconds(15));
    }

    @Test
    @DockerOnly("Podman reports OOMKilled false (cgroup v1); PodmanEngineTest checks Berth's wording")
    void oomKilledUnderAMemoryLimit() {
        assertThatThrownBy(() -> Containers.start(busybox("sh", "-c", "echo allocating; head -c 256m /dev/zero | tail > /dev/null")
                .withName("hog").withMemory("16m").withWaitFor(Wait.forLogMessage("never", 1).withTimeout(Duration.ofSeconds(60)))))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"hog\" (image busybox:stable, id ")
                .hasMessageContaining("State: exited, exit code 137, OOMKilled: true (the memory limit was too small)")
                .hasMessageContaining("  | allocating");
    }
}
