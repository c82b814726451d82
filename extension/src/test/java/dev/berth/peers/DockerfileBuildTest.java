package dev.berth.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.ContainerStartupException;
import dev.berth.Containers;
import dev.berth.DockerOnly;
import dev.berth.docker.ConflictException;
import dev.berth.docker.DockerClient;
import dev.berth.docker.NotFoundException;
import dev.berth.docker.model.ContainerSummary;
import dev.berth.internal.container.SharedClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link ContainerSpec#fromDockerfile(Path)}: the image is built on the engine, then the container started from it. */
@DockerOnly("Podman's build output (STEP 1/6: ...) and its errors are worded otherwise")
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DockerfileBuildTest {

    static final String RUN_LABEL = "dev.berth.test.run";
    static final String RUN_ID = UUID.randomUUID().toString();
    static final List<String> BUILT = new CopyOnWriteArrayList<>();

    final List<String> logged = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @TempDir
    Path context;

    static DockerClient docker() {
        return SharedClient.get();
    }

    @BeforeEach
    void captureBerthsLog() {
        Logger.getLogger("dev.berth").addHandler(capture);
        Logger.getLogger("dev.berth").setLevel(Level.INFO);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("dev.berth").removeHandler(capture);
    }

    @AfterAll
    static void removeImages() {
        List<ContainerSummary> left = docker().containers().list(true, Map.of("label", List.of(RUN_LABEL + "=" + RUN_ID)));
        left.forEach(c -> docker().containers().remove(c.id(), true, true));
        BUILT.forEach(image -> {
            try {
                docker().images().remove(image, true, false);
            } catch (NotFoundException | ConflictException gone) {
                // a failed build tags nothing
            }
        });
        assertThat(left).as("containers left behind").isEmpty();
    }

    private ContainerSpec build(String dockerfile) throws IOException {
        Files.writeString(context.resolve("Dockerfile"), dockerfile);
        ContainerSpec spec = ContainerSpec.fromDockerfile(context).withLabel(RUN_LABEL, RUN_ID);
        BUILT.add(spec.image());
        return spec;
    }

    @Test
    void buildsTheImageThenStartsTheContainer() throws IOException {
        Files.writeString(context.resolve("greeting.txt"), "built by berth\n");
        ContainerSpec spec = build("FROM busybox:stable\nCOPY greeting.txt /greeting.txt\nCMD [\"sleep\", \"300\"]\n");
        assertThat(spec.image()).matches("berth-build/[0-9a-f]{12}:latest");
        assertThat(spec.buildContext()).contains(context.toAbsolutePath().normalize());

        try (ContainerHandle built = Containers.start(spec)) {
            assertThat(built.readFile("/greeting.txt")).isEqualTo("built by berth\n");
            assertThat(built.image()).isEqualTo(spec.image());
        }
        assertThat(docker().images().inspect(spec.image()).config().labels()).containsEntry("dev.berth.managed", "true");
        assertThat(logged).anyMatch(m -> m.startsWith("building " + spec.image() + " from " + spec.buildContext().get()))
                .anyMatch(m -> m.startsWith("build " + spec.image() + ": ") && m.contains("FROM busybox:stable"))
                .anyMatch(m -> m.startsWith("build " + spec.image() + ": ") && m.contains("COPY greeting.txt /greeting.txt"));
    }

    @Test
    void aFailingBuildStepFailsTheContainerWithTheBuildOutputAndLeavesNoIntermediateContainer() throws IOException {
        String step = "checking the toolchain " + java.util.UUID.randomUUID();
        ContainerSpec spec = build("FROM busybox:stable\nRUN echo " + step + " && exit 3\n");
        assertThatThrownBy(() -> Containers.start(spec.withName("app")))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"app\" needs image [" + spec.image() + "] built from [" + spec.buildContext().get()
                        + "], and the build failed on " + docker().endpoint() + ": ")
                .hasMessageContaining("\nLast build output:\n  | ")
                .hasMessageContaining("checking the toolchain")
                .hasMessageEndingWith("\nFix: check the Dockerfile and the files it uses from the folder (docker build "
                        + spec.buildContext().get() + ").");
        assertThat(docker().containers().list(true, java.util.Map.of()))
                .as("the failed step's intermediate container (a build leaves it unless asked to remove it)")
                .noneMatch(c -> String.valueOf(c.command()).contains(step));
    }

    @Test
    void aFolderWithoutADockerfileIsRefusedAtOnce() {
        assertThatThrownBy(() -> ContainerSpec.fromDockerfile(context))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("ContainerSpec.fromDockerfile(..) requires a folder with a file named Dockerfile, but ["
                        + context.toAbsolutePath().normalize() + "] has none");
    }
}
