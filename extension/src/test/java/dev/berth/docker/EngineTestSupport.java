package dev.berth.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.docker.model.ContainerConfig;
import dev.berth.docker.model.ContainerSummary;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test support: one client for the real engine, a label unique to this test run, and a check that nothing
 * labelled with it survives. Tests fail (never skip) when no engine answers.
 */
public final class EngineTestSupport {

    public static final String IMAGE = "busybox:stable";
    public static final String RUN_LABEL = "dev.berth.test.run";
    public static final String RUN_ID = UUID.randomUUID().toString();

    private static final DockerClient CLIENT = DockerClient.fromEnvironment();

    private EngineTestSupport() {
    }

    public static DockerClient docker() {
        return CLIENT;
    }

    /** A sleeping busybox, labelled with this run. */
    public static ContainerConfig sleeper() {
        return ContainerConfig.of(IMAGE).withCmd("sleep", "300").withLabel(RUN_LABEL, RUN_ID);
    }

    public static ContainerConfig busybox(String... cmd) {
        return ContainerConfig.of(IMAGE).withCmd(cmd).withLabel(RUN_LABEL, RUN_ID);
    }

    /** Creates and starts a container, returning its id. */
    public static String run(ContainerConfig config) {
        String id = CLIENT.containers().create(config).id();
        CLIENT.containers().start(id);
        return id;
    }

    public static void removeQuietly(String id) {
        try {
            CLIENT.containers().remove(id, true, true);
        } catch (NotFoundException | ConflictException gone) {
            // already gone or being removed
        }
    }

    /** Removes what this run left and asserts there was nothing. */
    public static void assertNothingLeft() {
        List<ContainerSummary> left = CLIENT.containers().list(true, Map.of("label", List.of(RUN_LABEL + "=" + RUN_ID)));
        left.forEach(c -> removeQuietly(c.id()));
        assertThat(left).as("containers left behind by this test class").isEmpty();
    }
}
