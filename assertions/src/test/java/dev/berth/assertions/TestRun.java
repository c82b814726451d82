package dev.berth.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.docker.DockerClient;
import dev.berth.docker.model.ContainerSummary;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The containers one engine test class starts: labelled with a run id unique to the class, so that its
 * {@code @AfterAll} can check that none survives.
 */
final class TestRun {

    static final String RUN_LABEL = "dev.berth.test.run";

    private final String id = UUID.randomUUID().toString();

    /** @return a busybox spec with the given logical name, labelled with this run */
    ContainerSpec busybox(String name) {
        return ContainerSpec.of("busybox:stable").withName(name).withLabel(RUN_LABEL, id);
    }

    /** Closes the containers, then fails if any container of this run is left on the engine. */
    void closeAndCheckNothingLeft(ContainerHandle... containers) {
        for (ContainerHandle container : containers) {
            if (container != null) {
                container.close();
            }
        }
        try (DockerClient docker = DockerClient.fromEnvironment()) {
            List<ContainerSummary> left = docker.containers().list(true, Map.of("label", List.of(RUN_LABEL + "=" + id)));
            assertThat(left).as("containers left behind by this test class").isEmpty();
        }
    }
}
