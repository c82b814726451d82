package dev.berth.samples.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.Containers;
import dev.berth.Wait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sample 3: a CI-style step. A one-shot container runs a script over files copied in before it starts; the test
 * waits for it to exit, copies the results out, and checks them, the exit code and the logs.
 */
class CiStepTest {

    private static ContainerSpec step(String sources) {
        return ContainerSpec.of("busybox:stable")
                .withCopyToContainer(Path.of("src/test/resources/ci/check.sh"), "/work/check.sh")
                .withCopyToContainer(Path.of("src/test/resources/ci", sources), "/work/in")
                .withCommand("/work/check.sh")
                .withWaitFor(Wait.forExit().withTimeout(Duration.ofSeconds(30)));
    }

    @Test
    void cleanSourcesPass(@TempDir Path results) throws Exception {
        try (ContainerHandle ci = Containers.start(step("sources"))) {
            assertThat(ci.waitForExit(Duration.ofSeconds(5))).isZero();
            assertThat(ci.logs()).isEqualTo("checked 2 files\n");

            ci.copyFromContainer("/work/out", results.resolve("out"));
            assertThat(Files.readAllLines(results.resolve("out/report.txt"))).containsExactly("a.txt 3", "b.txt 1");
        }
    }

    @Test
    void aTodoFailsTheStep(@TempDir Path results) throws Exception {
        try (ContainerHandle ci = Containers.start(step("sources-with-todo"))) {
            assertThat(ci.waitForExit(Duration.ofSeconds(5))).isEqualTo(1);
            assertThat(ci.logs()).contains("FAIL: b.txt has a TODO").contains("checked 2 files");

            ci.copyFromContainer("/work/out/report.txt", results.resolve("report.txt"));
            assertThat(results.resolve("report.txt")).hasContent("a.txt 1\nb.txt 2");
        }
    }
}
