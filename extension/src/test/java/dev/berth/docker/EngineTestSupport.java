package dev.berth.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.docker.model.ContainerConfig;
import dev.berth.docker.model.ContainerSummary;
import dev.berth.docker.model.ImageSummary;
import dev.berth.docker.model.Network;
import dev.berth.docker.model.Volume;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Test support: one client for the real engine, a label unique to this test run, and a check that nothing
 * labelled with it survives. Tests fail (never skip) when no engine answers.
 */
public final class EngineTestSupport {

    public static final String IMAGE = "busybox:stable";
    public static final String RUN_LABEL = "dev.berth.test.run";
    public static final String RUN_ID = UUID.randomUUID().toString();
    /** Prefix of every image, network and volume name this run makes. */
    public static final String NAME_PREFIX = "berth-it-" + RUN_ID.substring(0, 8);

    private static final DockerClient CLIENT = DockerClient.fromEnvironment();

    private EngineTestSupport() {
    }

    public static DockerClient docker() {
        return CLIENT;
    }

    /** @return {@code label -> [run label=run id]}, the filter for everything this run made */
    public static Map<String, List<String>> runFilter() {
        return Map.of("label", List.of(RUN_LABEL + "=" + RUN_ID));
    }

    /** @return a name unique to this run, e.g. {@code berth-it-1a2b3c4d-net-5e6f} */
    public static String uniqueName(String what) {
        return NAME_PREFIX + "-" + what + "-" + UUID.randomUUID().toString().substring(0, 4);
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

    public static void removeImageQuietly(String image) {
        try {
            CLIENT.images().remove(image, true, false);
        } catch (NotFoundException | ConflictException gone) {
            // already gone
        }
    }

    /**
     * Polls {@code condition} every 20 ms until it holds, for conditions the engine cannot be asked to wait for.
     *
     * @throws AssertionError naming {@code what} when it does not hold within {@code timeout}
     */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
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

    /**
     * Removes what this run left (containers, images, networks, volumes labelled with the run or named with
     * its prefix) and asserts there was nothing.
     */
    public static void assertNothingLeft() {
        List<ContainerSummary> containers = CLIENT.containers().list(true, runFilter());
        containers.forEach(c -> removeQuietly(c.id()));
        List<String> images = new ArrayList<>();
        CLIENT.images().list(false, runFilter()).forEach(i -> images.add(i.id()));
        for (ImageSummary i : CLIENT.images().list(false, Map.of("reference", List.of(NAME_PREFIX + "*")))) {
            images.addAll(i.repoTags());
        }
        images.forEach(EngineTestSupport::removeImageQuietly);
        List<String> networks = new ArrayList<>();
        CLIENT.networks().list(runFilter()).forEach(n -> networks.add(n.name()));
        CLIENT.networks().list(Map.of("name", List.of(NAME_PREFIX))).stream().map(Network::name)
                .filter(name -> !networks.contains(name)).forEach(networks::add);
        networks.forEach(n -> {
            try {
                CLIENT.networks().remove(n);
            } catch (NotFoundException gone) {
                // already gone
            }
        });
        List<String> volumes = new ArrayList<>();
        CLIENT.volumes().list(runFilter()).forEach(v -> volumes.add(v.name()));
        CLIENT.volumes().list(Map.of("name", List.of(NAME_PREFIX))).stream().map(Volume::name)
                .filter(name -> !volumes.contains(name)).forEach(volumes::add);
        volumes.forEach(v -> {
            try {
                CLIENT.volumes().remove(v, true);
            } catch (NotFoundException gone) {
                // already gone
            }
        });
        assertThat(containers).as("containers left behind by this test class").isEmpty();
        assertThat(images).as("images left behind by this test class").isEmpty();
        assertThat(networks).as("networks left behind by this test class").isEmpty();
        assertThat(volumes).as("volumes left behind by this test class").isEmpty();
    }
}
