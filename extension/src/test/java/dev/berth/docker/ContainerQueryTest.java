package dev.berth.docker;

import static dev.berth.docker.EngineTestSupport.RUN_ID;
import static dev.berth.docker.EngineTestSupport.RUN_LABEL;
import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static dev.berth.docker.EngineTestSupport.run;
import static dev.berth.docker.EngineTestSupport.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.DockerOnly;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.ContainerStats;
import dev.berth.docker.model.ContainerSummary;
import dev.berth.docker.model.ContainerTop;
import dev.berth.docker.model.PortBinding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ContainerQueryTest {

    /** A running sleeper with container port 8080 published on a free host port of 127.0.0.1. */
    private static String sleeping;

    @BeforeAll
    static void startOne() {
        sleeping = run(sleeper().withPortBinding(8080, "127.0.0.1", 0).withLabel("purpose", "query"));
    }

    @AfterAll
    static void nothingLeft() {
        removeQuietly(sleeping);
        EngineTestSupport.assertNothingLeft();
    }

    @Test
    @DockerOnly("Podman reports sizes 0 instead of absent")
    void inspectReportsSizesOnlyWhenAsked() {
        ContainerInspect plain = docker().containers().inspect(sleeping);
        ContainerInspect sized = docker().containers().inspect(sleeping, true);
        assertThat(plain.sizeRootFs()).isNull();
        assertThat(sized.sizeRootFs()).isPositive();
        assertThat(sized.sizeRw()).isNotNull().isNotNegative();
    }

    @Test
    void listHonoursAllLimitSizeAndFilters() {
        // GIVEN three created (not running) containers with a label of their own
        String batch = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                ids.add(docker().containers().create(sleeper().withLabel("batch", batch)).id());
            }
            Map<String, List<String>> filter = Map.of("label", List.of("batch=" + batch));
            // WHEN listed without all THEN none, since none runs
            assertThat(docker().containers().list(false, filter)).isEmpty();
            // WHEN listed with all THEN all three
            assertThat(docker().containers().list(true, filter)).extracting(ContainerSummary::id).containsExactlyInAnyOrderElementsOf(ids);
            // WHEN limited to 2 with sizes THEN the two newest, with sizes
            List<ContainerSummary> limited = docker().containers().list(true, 2, true, filter);
            assertThat(limited).extracting(ContainerSummary::id).containsExactly(ids.get(2), ids.get(1));
            assertThat(limited).allSatisfy(c -> assertThat(c.sizeRootFs()).isPositive());
            // WHEN filtered by status THEN the filters combine
            assertThat(docker().containers().list(true, Map.of("label", List.of("batch=" + batch), "status", List.of("created"))))
                    .hasSize(3).allSatisfy(c -> assertThat(c.state()).isEqualTo("created"));
        } finally {
            ids.forEach(EngineTestSupport::removeQuietly);
        }
    }

    @Test
    void portLooksUpTheHostBindings() {
        List<PortBinding> bindings = docker().containers().port(sleeping, "8080");
        assertThat(bindings).singleElement().satisfies(b -> {
            assertThat(b.hostIp()).isEqualTo("127.0.0.1");
            assertThat(b.port()).isBetween(1, 65535);
        });
        assertThat(docker().containers().port(sleeping, "8080/tcp")).isEqualTo(bindings);
        assertThat(docker().containers().port(sleeping, "9999/udp")).isEmpty();
    }

    @Test
    @DockerOnly("Podman's image names start with localhost/")
    void containerModelShowsAndReloads() {
        // GIVEN a container, looked up as a model
        String id = run(sleeper().withPortBinding(8080, "127.0.0.1", 0));
        try {
            Container container = docker().containers().get(id);
            assertThat(container.id()).isEqualTo(id);
            assertThat(container.shortId()).isEqualTo(id.substring(0, 12));
            assertThat(container.name()).isNotBlank().doesNotStartWith("/");
            assertThat(container.image()).isEqualTo(EngineTestSupport.IMAGE);
            assertThat(container.imageId()).startsWith("sha256:");
            assertThat(container.labels()).containsEntry(RUN_LABEL, RUN_ID);
            assertThat(container.ports()).containsOnlyKeys("8080/tcp");
            assertThat(container.status()).isEqualTo("running");
            assertThat(container.toString()).isEqualTo("Container[name=" + container.name() + ", image=busybox:stable, id="
                    + id.substring(0, 12) + ", status=running]");
            // WHEN it is stopped THEN the snapshot stays, a reload shows the change
            docker().containers().stop(id, Duration.ZERO);
            assertThat(container.status()).isEqualTo("running");
            Container reloaded = container.reload();
            assertThat(reloaded.status()).isEqualTo("exited");
            assertThat(reloaded.state().exitCode()).isEqualTo(137);
            // WHEN it is removed THEN a reload says so
            docker().containers().remove(id, false, false);
            assertThatThrownBy(container::reload).isInstanceOf(NotFoundException.class);
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    @DockerOnly("Podman sends one unsplit title, PID   COMMAND")
    void topListsProcessesWithPsArgs() {
        ContainerTop top = docker().containers().top(sleeping, "-o pid,comm");
        assertThat(top.titles()).containsExactly("PID", "COMMAND");
        assertThat(top.column("COMMAND")).containsExactly("sleep");
        assertThat(top.column("PID")).singleElement().satisfies(pid -> assertThat(Integer.parseInt(pid)).isPositive());
        assertThatThrownBy(() -> top.column("USER")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The process table has no column \"USER\"; its columns are [PID, COMMAND]");
        assertThat(docker().containers().top(sleeping).titles()).contains("PID", "CMD");
    }

    @Test
    @DockerOnly("Podman answers 200 with an empty body")
    void topOfAStoppedContainerIsAConflict() {
        String id = docker().containers().create(sleeper()).id();
        try {
            assertThatThrownBy(() -> docker().containers().top(id))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("The Docker engine answered 409 to GET /containers/" + id + "/top: Container " + id + " is not running");
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    @DockerOnly("Podman's stats sample has no id")
    void oneShotStatsSampleAtOnce() {
        ContainerStats stats = docker().containers().stats(sleeping);
        assertThat(stats.id()).isEqualTo(sleeping);
        assertThat(stats.name()).startsWith("/");
        assertThat(stats.pidsStats().current()).isEqualTo(1);
        assertThat(stats.memoryStats().usage()).isPositive();
        assertThat(stats.cpuStats().cpuUsage().totalUsage()).isPositive();
        assertThat(stats.networks()).containsKey("eth0");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void statsStreamSamplesRepeatedly() {
        try (EngineStream<ContainerStats> stream = docker().containers().statsStream(sleeping)) {
            ContainerStats first = stream.next().orElseThrow();
            ContainerStats second = stream.next().orElseThrow();
            assertThat(Instant.parse(second.read())).isAfter(Instant.parse(first.read()));
            assertThat(second.preread()).isEqualTo(first.read());
            assertThat(second.precpuStats().systemCpuUsage()).isEqualTo(first.cpuStats().systemCpuUsage());
        }
    }
}
