package dev.berth.docker.internal.json;

import dev.berth.docker.internal.StreamErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.NoEngine;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.ContainerState;
import dev.berth.docker.model.ContainerStats;
import dev.berth.docker.model.CreatedContainer;
import dev.berth.docker.model.Event;
import dev.berth.docker.model.ExecInspect;
import dev.berth.docker.model.ImageInspect;
import dev.berth.docker.model.PortBinding;
import dev.berth.docker.model.ProgressEvent;
import dev.berth.docker.model.SystemInfo;
import dev.berth.docker.model.Volume;
import dev.berth.docker.model.WaitResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Answers recorded from Docker 20.10 (API 1.41, src/test/resources/engine) read into the records they must give:
 * the expected records are written out, so a change in the binder or the hand readers shows without an engine.
 * Answers on the start path are read both ways (hand and binder) and must agree.
 */
@NoEngine
class RecordedAnswersTest {

    private static final String RICH = "aa2f70383a2cc45e76985ac52de135ce06b3809cf24da863654bb018b1d661a5";
    private static final String EXITED = "339df6a4a08d46c422d9ae3b28265249aa2cbb07e2a5a4d97a2ad76b6de753cf";
    private static final String BUSYBOX = "sha256:97a6edcc94f02ea742751c43661c1d57116dd8a17e4fae2d063e0c6aa696df46";

    private static byte[] fixture(String name) {
        try (InputStream in = RecordedAnswersTest.class.getResourceAsStream("/engine/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a start-path answer by hand and by the binder, which must agree. */
    private static <T> T both(String name, Class<T> type) {
        byte[] json = fixture(name);
        T byHand = Json.read(json, type);
        assertThat(byHand).isEqualTo(JsonBinder.bind(JsonReader.parse(json), type, JsonBinder.Naming.UPPER_CAMEL_CASE));
        return byHand;
    }

    @Test
    void createAndWait() {
        assertThat(both("container-create.json", CreatedContainer.class)).isEqualTo(new CreatedContainer(RICH, List.of()));
        assertThat(both("container-wait.json", WaitResult.class)).isEqualTo(new WaitResult(7, null));
    }

    @Test
    void inspectOfARunningContainerWithPortsNetworkAndHealth() {
        ContainerInspect inspect = both("container-inspect-running.json", ContainerInspect.class);
        assertThat(inspect.id()).isEqualTo(RICH);
        assertThat(inspect.simpleName()).isEqualTo("berth-json-fixture-3929-rich");
        assertThat(inspect.image()).isEqualTo(BUSYBOX);
        assertThat(inspect.created()).isEqualTo("2026-12-03T18:30:51.215207783Z");
        assertThat(inspect.state()).isEqualTo(new ContainerState("running", true, false, false, false, false, 25293, 0, "",
                "2026-12-03T18:30:52.724142019Z", "0001-01-01T00:00:00Z", new ContainerState.Health("healthy", 0, List.of(
                        new ContainerState.HealthLog("2026-12-03T18:30:53.725522676Z", "2026-12-03T18:30:53.880528934Z", 0, ""),
                        new ContainerState.HealthLog("2026-12-03T18:30:54.89397035Z", "2026-12-03T18:30:54.994135476Z", 0, "")))));
        assertThat(inspect.config()).isEqualTo(new ContainerInspect.Config("busybox:stable", "aa2f70383a2c", "nobody",
                List.of("GREETING=héllo \"world\""), List.of("sleep", "300"), null, "/tmp",
                Map.of("dev.berth.Case", "MiXeD", "dev.berth.fixture", "json"), true, false));
        assertThat(inspect.hostConfig()).isEqualTo(new ContainerInspect.HostConfig(67108864, false, "berth-json-fixture-3929-net",
                false, false, new ContainerInspect.RestartPolicy("on-failure", 3), null));
        assertThat(inspect.networkSettings()).isEqualTo(new ContainerInspect.NetworkSettings(
                Map.of("8080/tcp", List.of(new PortBinding("127.0.0.1", "32781")), "9090/tcp", List.of(new PortBinding("127.0.0.1", "32780"))),
                Map.of("berth-json-fixture-3929-net", new ContainerInspect.Endpoint(
                        "384219bca6e34cd3fba507f22f7a9dd92ab571a5672436baea5d476f835eece5", "172.19.0.2",
                        List.of("db", "primary", "aa2f70383a2c"), "172.19.0.1")), ""));
        assertThat(inspect.restartCount()).isZero();
        assertThat(inspect.sizeRw()).isNull();
        assertThat(inspect.sizeRootFs()).isNull();
    }

    @Test
    void inspectOfAnExitedContainerWithSizes() {
        ContainerInspect inspect = both("container-inspect-exited.json", ContainerInspect.class);
        assertThat(inspect.id()).isEqualTo(EXITED);
        assertThat(inspect.state()).isEqualTo(new ContainerState("exited", false, false, false, false, false, 0, 7, "",
                "2026-12-03T18:30:56.906266654Z", "2026-12-03T18:30:56.903293026Z", null));
        assertThat(inspect.config().env()).isNull();
        assertThat(inspect.config().cmd()).containsExactly("sh", "-c", "exit 7");
        assertThat(inspect.hostConfig()).isEqualTo(new ContainerInspect.HostConfig(0, false, "default", false, false,
                new ContainerInspect.RestartPolicy("", 0), null));
        assertThat(inspect.networkSettings().ports()).isEmpty();
        assertThat(inspect.networkSettings().networks().get("bridge")).isEqualTo(new ContainerInspect.Endpoint(
                "adedb4296748f50d95179ada70165f34a8701c68d5f0836aae4d3f11848fc7f4", "", null, ""));
        assertThat(inspect.sizeRw()).isZero();
        assertThat(inspect.sizeRootFs()).isEqualTo(1985574L);
        assertThat(both("container-inspect-exited.json", ContainerState.class)).as("its own members only, from a whole inspect")
                .isEqualTo(new ContainerState(null, false, false, false, false, false, 0, 0, null, null, null, null));
    }

    @Test
    void execInspectBeforeAndAfterItRan() {
        ExecInspect.ProcessConfig process = new ExecInspect.ProcessConfig("sh", List.of("-c", "exit 5"), "nobody", false, true);
        assertThat(both("exec-inspect-created.json", ExecInspect.class)).isEqualTo(new ExecInspect(
                "373dade6b297e6c9d3a4ec5721e1a28d7b524f77fb4899e29801232e82013ff8", false, null, 0, RICH, false, process));
        assertThat(both("exec-inspect-exited.json", ExecInspect.class)).isEqualTo(new ExecInspect(
                "373dade6b297e6c9d3a4ec5721e1a28d7b524f77fb4899e29801232e82013ff8", false, 5, 25428, RICH, false, process));
    }

    @Test
    void imageInspect() {
        assertThat(Json.read(fixture("image-inspect.json"), ImageInspect.class)).isEqualTo(new ImageInspect(BUSYBOX,
                List.of("busybox:stable"), List.of(), "", "Imported from -", "2026-12-03T18:22:05.744246949Z", "", "amd64", "linux",
                1985574, new ImageInspect.Config("", null, List.of("sh"), null, "", null, null),
                new ImageInspect.RootFs("layers", List.of("sha256:86ebfcb3f24beff56505121a4d63c2852fe30ee9571a7cce9af17d561ae304d4"))));
    }

    @Test
    void statsInSnakeCase() {
        ContainerStats stats = Json.readSnakeCase(fixture("stats.json"), ContainerStats.class);
        assertThat(stats.read()).isEqualTo("2026-12-03T18:30:56.162676467Z");
        assertThat(stats.preread()).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(stats.name()).isEqualTo("/berth-json-fixture-3929-rich");
        assertThat(stats.id()).isEqualTo(RICH);
        assertThat(stats.pidsStats()).isEqualTo(new ContainerStats.PidsStats(1, 0));
        assertThat(stats.cpuStats()).isEqualTo(new ContainerStats.CpuStats(
                new ContainerStats.CpuUsage(214400358, List.of(113235252L, 101165106L), 90000000, 120000000), 1214330000000L, 2));
        assertThat(stats.precpuStats()).isEqualTo(new ContainerStats.CpuStats(new ContainerStats.CpuUsage(0, null, 0, 0), 0, 0));
        assertThat(stats.memoryStats().usage()).isEqualTo(446464);
        assertThat(stats.memoryStats().maxUsage()).isEqualTo(4308992);
        assertThat(stats.memoryStats().limit()).isEqualTo(67108864);
        assertThat(stats.memoryStats().stats()).hasSize(32).containsEntry("rss", 57344L).containsEntry("pgfault", 3920L);
        assertThat(stats.networks()).isEqualTo(Map.of("eth0", new ContainerStats.NetworkStats(1042, 11, 0, 0)));
    }

    @Test
    void eventsStreamOneByOne() throws IOException {
        List<Event> events = new ArrayList<>();
        try (JsonObjectStream objects = Json.objects(new java.io.ByteArrayInputStream(fixture("events.jsonl")))) {
            Object next;
            while ((next = objects.next()) != null) {
                events.add(Json.bind(next, Event.class));
            }
        }
        Map<String, String> attributes = Map.of("dev.berth.fixture", "json", "image", "busybox:stable",
                "name", "berth-json-fixture-3929-exited");
        Map<String, String> died = new java.util.HashMap<>(attributes);
        died.put("exitCode", "7");
        assertThat(events).containsExactly(
                new Event("container", "create", new Event.Actor(EXITED, attributes), "local", 1796322656, 1796322656266773932L),
                new Event("container", "start", new Event.Actor(EXITED, attributes), "local", 1796322656, 1796322656910523300L),
                new Event("container", "die", new Event.Actor(EXITED, died), "local", 1796322657, 1796322657014491009L));
    }

    @Test
    void buildProgressStreamWithTheImageIdInAux() throws IOException {
        List<ProgressEvent> events = new ArrayList<>();
        try (JsonObjectStream objects = Json.objects(new java.io.ByteArrayInputStream(fixture("build-progress.jsonl")))) {
            Object next;
            while ((next = objects.next()) != null) {
                assertThat(StreamErrors.messageOf(next)).isNull();
                events.add(Json.bind(next, ProgressEvent.class));
            }
        }
        assertThat(events).hasSize(11);
        assertThat(events.get(0)).isEqualTo(new ProgressEvent(null, null, null, null, "Step 1/2 : FROM busybox:stable", null));
        assertThat(events.get(8)).isEqualTo(new ProgressEvent(null, null, null, null, null,
                Map.of("ID", "sha256:700f0ad97d41e0c4373481dd1a660009815a7db005a4a6c8bbf297a0361ca212")));
        assertThat(events.get(10).stream()).isEqualTo("Successfully tagged berth-json-fixture-3929-img:1\n");
    }

    @Test
    void systemInfo() {
        assertThat(Json.read(fixture("system-info.json"), SystemInfo.class)).isEqualTo(new SystemInfo(
                "726Q:6TYV:PEGX:V2RE:P3RT:QFBU:5LA2:532P:DRYH:OCAV:RS5T:MIMX", "vm", "20.10.24+dfsg1", 3, 2, 0, 1, 1, "overlay2",
                "/var/lib/docker", "6.18.44-fc-v1252", "Debian GNU/Linux 12 (bookworm)", "linux", "x86_64", 2, 25276166144L,
                "cgroupfs", "1", List.of(), null));
    }

    @Test
    void volumesList() {
        record Volumes(List<Volume> volumes, List<String> warnings) {
        }
        assertThat(Json.read(fixture("volumes-list.json"), Volumes.class)).isEqualTo(new Volumes(List.of(new Volume(
                "berth-json-fixture-3929-vol", "local", "/var/lib/docker/volumes/berth-json-fixture-3929-vol/_data",
                "2026-12-03T18:30:58Z", Map.of("dev.berth.fixture", "json"), "local", null)), null));
    }
}
