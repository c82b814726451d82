package dev.berth.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerSpec;
import dev.berth.docker.ConflictException;
import dev.berth.docker.DockerClient;
import dev.berth.docker.NotFoundException;
import dev.berth.docker.model.ContainerSummary;
import dev.berth.internal.Session;
import dev.berth.internal.container.SharedClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Test support for the reliability tests: specs labelled with this test run (and, through {@code Containers.start},
 * with this JVM's session), and the check that nothing labelled with the run survives.
 */
final class Reliability {

    static final String IMAGE = "busybox:stable";
    static final String RUN_LABEL = "dev.berth.test.run";
    static final String RUN_ID = "reliability-" + UUID.randomUUID();

    private Reliability() {
    }

    static DockerClient docker() {
        return SharedClient.get();
    }

    static ContainerSpec busybox(String... command) {
        return ContainerSpec.of(IMAGE).withCommand(command).withLabel(RUN_LABEL, RUN_ID);
    }

    static ContainerSpec sleeper() {
        return busybox("sleep", "300");
    }

    /** @return this run's containers that exist now */
    static List<ContainerSummary> leftovers() {
        return docker().containers().list(true, Map.of("label", List.of(RUN_LABEL + "=" + RUN_ID)));
    }

    /** @return this JVM session's containers that exist now (also those started by the extension) */
    static List<ContainerSummary> sessionContainers() {
        return docker().containers().list(true, Map.of("label", List.of(Session.current().labelFilter())));
    }

    /** Removes what this run left and fails when there was anything. */
    static void assertNothingLeft() {
        List<ContainerSummary> left = leftovers();
        left.forEach(c -> removeQuietly(c.id()));
        assertThat(left).as("containers labelled %s=%s left behind", RUN_LABEL, RUN_ID).isEmpty();
    }

    static void removeQuietly(String id) {
        try {
            docker().containers().remove(id, true, true);
        } catch (NotFoundException | ConflictException gone) {
            // already gone or being removed
        }
    }

    /** Polls a condition the engine cannot be asked to wait for. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what, e);
            }
        }
    }
}
