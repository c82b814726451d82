package dev.berth.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerHandle;
import dev.berth.ContainerNotRunningException;
import dev.berth.ContainerSpec;
import dev.berth.ContainerStartupException;
import dev.berth.Containers;
import dev.berth.LogLine;
import dev.berth.PathStat;
import dev.berth.Wait;
import dev.berth.docker.ConflictException;
import dev.berth.docker.DockerClient;
import dev.berth.docker.EngineUnavailableException;
import dev.berth.docker.LogStream;
import dev.berth.docker.model.ContainerConfig;
import dev.berth.docker.model.ContainerSummary;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.LogsOptions;
import dev.berth.internal.container.SharedClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where Podman's Docker-compatible API differs from Docker's, and what Berth makes of it, against Podman's
 * service at {@value #SOCKET} ({@code scripts/podman-up}) whatever {@code DOCKER_HOST} says. The whole handle and
 * client suites also run against Podman: {@code mvn -B test -pl extension -Ppodman}.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PodmanEngineTest {

    static final String SOCKET = "/run/podman/podman.sock";
    static final String RUN_LABEL = "dev.berth.test.run";
    static final String RUN_ID = UUID.randomUUID().toString();

    static DockerClient podman;

    @TempDir
    static Path dir;

    @BeforeAll
    static void connect() {
        Peers.requireCommand("podman", "podman");
        podman = DockerClient.connect("unix://" + SOCKET);
        try {
            podman.system().ping();
        } catch (EngineUnavailableException e) {
            podman.close();
            throw new AssertionError("Podman's service does not answer at unix://" + SOCKET + ". Start it with scripts/podman-up"
                    + " (as root; " + Peers.SETUP + " runs it too).", e);
        }
    }

    @AfterAll
    static void nothingLeft() {
        try {
            List<ContainerSummary> left = podman.containers().list(true, Map.of("label", List.of(RUN_LABEL + "=" + RUN_ID)));
            left.forEach(c -> podman.containers().remove(c.id(), true, true));
            assertThat(left).as("containers left behind").isEmpty();
        } finally {
            podman.close();
        }
    }

    static ContainerSpec sleeper() {
        return ContainerSpec.of("busybox:stable").withCommand("sleep", "300").withLabel(RUN_LABEL, RUN_ID);
    }

    @Test
    void theEngineIsPodman() {
        String version = Peers.run(dir, "podman", "version", "--format", "{{.Server.Version}}").trim();
        assertThat(podman.system().version().version()).isEqualTo(version);
        assertThat(podman.apiVersion()).isEqualTo("1.41");
    }

    @Test
    void imagesAreTaggedLocalhostAndFoundByTheirShortName() {
        assertThat(podman.images().inspect("busybox:stable").repoTags()).contains("localhost/busybox:stable");
        try (ContainerHandle box = Containers.start(podman, sleeper().withName("short"))) {
            assertThat(box.image()).isEqualTo("busybox:stable");
            assertThat(podman.containers().inspect(box.id()).config().image()).isEqualTo("localhost/busybox:stable");
        }
    }

    @Test
    void aNameInUseIsAConflictThoughPodmanAnswers500() {
        String name = "berth-peers-" + RUN_ID.substring(0, 8) + "-dup";
        String first = podman.containers().create(ContainerConfig.of("busybox:stable").withName(name).withLabel(RUN_LABEL, RUN_ID)).id();
        try {
            assertThatThrownBy(() -> podman.containers().create(ContainerConfig.of("busybox:stable").withName(name).withLabel(RUN_LABEL, RUN_ID)))
                    .isExactlyInstanceOf(ConflictException.class)
                    .hasMessageStartingWith("The Docker engine answered 500 to POST /containers/create: ")
                    .hasMessageContaining("the container name \"" + name + "\" is already in use")
                    .satisfies(e -> assertThat(((ConflictException) e).status()).isEqualTo(500));
        } finally {
            podman.containers().remove(first, true, true);
        }
    }

    @Test
    void execInAStoppedContainerIsAConflictAndTheHandleSaysWhy() {
        try (ContainerHandle box = Containers.start(podman, sleeper().withName("stopped"))) {
            box.kill("KILL");
            box.waitForExit(Duration.ofSeconds(20));
            assertThatThrownBy(() -> podman.exec().create(box.id(), ExecConfig.of("true")))
                    .isExactlyInstanceOf(ConflictException.class)
                    .hasMessageContaining("can only create exec sessions on running containers");
            assertThatThrownBy(() -> box.exec("true"))
                    .isExactlyInstanceOf(ContainerNotRunningException.class)
                    .hasMessageStartingWith("Cannot exec [true] in container \"stopped\" (image busybox:stable, id " + box.id().substring(0, 12))
                    .hasMessageContaining("can only create exec sessions on running containers")
                    .hasMessageEndingWith("An exec needs a running container; check that it did not exit (see its logs) and was not stopped.");
        }
    }

    @Test
    void putFileIntoMissingDirectoriesGivesWhatDockerGives() {
        // Podman's archive PUT creates a missing target directory where Docker answers 404: the result must not differ
        try (ContainerHandle onPodman = Containers.start(podman, sleeper());
             ContainerHandle onDocker = Containers.start(SharedClient.get(), sleeper())) {
            for (ContainerHandle box : List.of(onPodman, onDocker)) {
                box.putFile("/srv/new/deeper/run.sh", "#!/bin/sh\necho ran\n".getBytes(), 0750);
            }
            for (String path : List.of("/srv/new", "/srv/new/deeper", "/srv/new/deeper/run.sh")) {
                PathStat podmans = onPodman.stat(path);
                PathStat dockers = onDocker.stat(path);
                assertThat(podmans.mode()).as("mode of " + path).isEqualTo(dockers.mode());
                assertThat(podmans.isDirectory()).as("is " + path + " a directory").isEqualTo(dockers.isDirectory());
            }
            assertThat(onPodman.exec("/srv/new/deeper/run.sh").stdout()).isEqualTo("ran\n");
            assertThat(onPodman.exec("stat", "-c", "%U:%G", "/srv/new").stdout())
                    .isEqualTo(onDocker.exec("stat", "-c", "%U:%G", "/srv/new").stdout());
        }
    }

    @Test
    void logTimestampsHaveWholeSeconds() {
        try (ContainerHandle box = Containers.start(podman, ContainerSpec.of("busybox:stable").withLabel(RUN_LABEL, RUN_ID)
                .withCommand("sh", "-c", "echo one; sleep 1.1; echo two; sleep 300").withWaitFor(Wait.forLogMessage("two", 1)))) {
            List<Instant> stamps = new ArrayList<>();
            try (LogStream logs = podman.containers().logs(box.id(), LogsOptions.all().withTimestamps(true))) {
                logs.forEachLine(line -> stamps.add(Instant.parse(line.text().substring(0, line.text().indexOf(' ')))));
            }
            assertThat(stamps).hasSize(2).allSatisfy(stamp -> assertThat(stamp.getNano()).isZero());
            // a cut at a whole-second stamp is second-grained: since includes that second's lines
            try (LogStream since = podman.containers().logs(box.id(), LogsOptions.all().withSince(stamps.get(1)))) {
                assertThat(since.readAll()).isEqualTo("two\n");
            }
        }
    }

    @Test
    void waitsAndFollowersDoNotHangOnASilentContainer() throws Exception {
        // Podman sends a followed log stream's head only with the first output
        long start = System.nanoTime();
        assertThatThrownBy(() -> Containers.start(podman, sleeper().withName("silent")
                .withWaitFor(Wait.forLogMessage("never", 1).withTimeout(Duration.ofMillis(1500)))))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("was not ready within 1500 ms")
                .hasMessageContaining("Checked: saw 0 of 1 matching line(s): the engine sent no log output");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));

        try (ContainerHandle box = Containers.start(podman, sleeper().withWaitFor(Wait.forCommand("true")))) {
            List<LogLine> lines = new CopyOnWriteArrayList<>();
            try (AutoCloseable follow = box.followLogs(lines::add)) {
                box.exec("sh", "-c", "echo later > /proc/1/fd/1");
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (lines.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            }
            assertThat(lines).extracting(LogLine::text).containsExactly("later");
        }
    }

    @Test
    void anOomKillIsNamedThoughPodmanDoesNotReportIt() {
        assertThatThrownBy(() -> Containers.start(podman, ContainerSpec.of("busybox:stable").withLabel(RUN_LABEL, RUN_ID)
                .withCommand("sh", "-c", "sleep 0.2; exec tail /dev/zero").withMemory("8m").withWaitFor(Wait.forLogMessage("never", 1))))
                .isExactlyInstanceOf(ContainerStartupException.class)
                // Podman reports "stopped" between the process's end and its clean-up, "exited" after: either, as it said
                .hasMessageMatching("(?s).*\\nState: (exited|stopped), exit code 137 \\(SIGKILL; with a memory limit of 8388608 bytes most"
                        + " likely the OOM killer, which this engine does not report as OOMKilled\\)\\n.*");
    }

    @Test
    void creationFailuresGetTheirFixInPodmansWordingToo() {
        assertThatThrownBy(() -> Containers.start(podman, ContainerSpec.of("Busybox:Stable").withName("web").withLabel(RUN_LABEL, RUN_ID)))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("repository name must be lowercase")
                .hasMessageEndingWith("Fix: write the image reference as [registry[:port]/]name[:tag][@digest], in lowercase, e.g. busybox:stable.");
        assertThatThrownBy(() -> Containers.start(podman, sleeper().withName("app").withTmpfs("relative/path")))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("must be an absolute path")
                .hasMessageEndingWith("Fix: give tmpfs mounts as absolute paths, e.g. \"/run\" or \"/run:size=64m\".");
        assertThatThrownBy(() -> Containers.start(podman, sleeper().withName("app").withNetwork("berth-no-such-network")))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("network not found")
                .hasMessageContaining("Fix: create the network first");
    }
}
