package dev.berth.internal.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerSpec;
import dev.berth.docker.DockerClient;
import dev.berth.docker.model.ContainerSummary;
import dev.berth.internal.Session;
import dev.berth.internal.container.SharedClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Specs labelled with this test run, and the check that none of them survives. */
final class HandleTestSupport {

    static final String IMAGE = "busybox:stable";
    static final String RUN_LABEL = "dev.berth.test.run";
    static final String RUN_ID = UUID.randomUUID().toString();

    private HandleTestSupport() {
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

    static List<ContainerSummary> leftovers() {
        return docker().containers().list(true, Map.of("label", List.of(RUN_LABEL + "=" + RUN_ID)));
    }

    static void assertNothingLeft() {
        List<ContainerSummary> left = leftovers();
        left.forEach(c -> Removal.remove(docker(), c.id()));
        assertThat(left).as("containers left behind").isEmpty();
        assertThat(Session.current().labels()).containsKey(Session.SESSION_LABEL);
    }
}
