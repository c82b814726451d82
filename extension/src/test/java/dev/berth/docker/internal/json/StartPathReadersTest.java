package dev.berth.docker.internal.json;

import dev.berth.docker.internal.EngineCall;
import static dev.berth.docker.EngineTestSupport.IMAGE;
import static dev.berth.docker.EngineTestSupport.RUN_ID;
import static dev.berth.docker.EngineTestSupport.RUN_LABEL;
import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static dev.berth.docker.EngineTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.DockerOnly;
import dev.berth.docker.internal.EngineApi;
import dev.berth.docker.internal.http.HttpResponse;
import dev.berth.docker.internal.transport.EndpointDiscovery;
import dev.berth.docker.internal.transport.EngineEndpoint;
import dev.berth.docker.model.ContainerConfig;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.ContainerState;
import dev.berth.docker.model.CreatedContainer;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.ExecInspect;
import dev.berth.docker.model.NetworkConfig;
import dev.berth.docker.model.WaitResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand readers of the start path against the binder, on the real engine's answers: for each answer, the record
 * read by {@link StartPathReaders} equals the one {@link JsonBinder} binds (two readers of one answer, so any field they
 * read differently would show here; {@code RecordedAnswersTest} checks both against expected records). The
 * containers cover what inspect can carry: ports bound and unbound, networks with aliases, labels, env, health,
 * restart policy, tty, an exit code and an error.
 */
@DockerOnly("compares two readers of Docker's answers; not yet run against Podman")
class StartPathReadersTest {

    private static EngineApi engine;
    private static final List<String> containers = new ArrayList<>();
    private static String network;

    @BeforeAll
    static void connect() throws IOException {
        EngineEndpoint endpoint = EndpointDiscovery.fromEnvironment().discover();
        engine = new EngineApi(endpoint, endpoint.transport(), null);
        network = docker().networks().create(NetworkConfig.of(uniqueName("models")).withLabel(RUN_LABEL, RUN_ID));
    }

    @AfterAll
    static void cleanUp() {
        containers.forEach(id -> removeQuietly(id));
        docker().networks().remove(network);
        engine.close();
    }

    @Test
    void aRichRunningContainersInspectReadsAsTheBinderReadsIt() {
        ContainerConfig config = ContainerConfig.of(IMAGE).withCmd("sleep", "300").withLabel(RUN_LABEL, RUN_ID)
                .withLabel("dev.berth.Case", "MiXeD").withEnv("GREETING", "héllo \"world\"").withUser("nobody")
                .withWorkingDir("/tmp").withTty(true).withMemory(64L * 1024 * 1024).withRestartPolicy("on-failure", 3)
                .withPortBinding(8080, "127.0.0.1", 0).withPortBinding(9090, "127.0.0.1", 0)
                .withNetwork(network, "db", "primary")
                .withHealthcheck(List.of("CMD-SHELL", "exit 0"), 1_000_000_000L, 3);
        String id = create(config, "rich");
        assertThat(call("POST", "/containers/" + id + "/start")).as("start answers 204").isEmpty();
        byte[] inspect = call("GET", "/containers/" + id + "/json");
        ContainerInspect byHand = Json.read(inspect, ContainerInspect.class);
        assertThat(byHand).isEqualTo(bound(inspect, ContainerInspect.class));
        assertThat(byHand.state().running()).isTrue();
        assertThat(byHand.state().pid()).isPositive();
        assertThat(byHand.networkSettings().ports()).containsKeys("8080/tcp", "9090/tcp");
        assertThat(byHand.networkSettings().networks().get(networkName()).aliases()).contains("db", "primary");
        assertThat(byHand.config().labels()).containsEntry("dev.berth.Case", "MiXeD");
        assertThat(byHand.config().env()).contains("GREETING=héllo \"world\"");
        assertThat(byHand.hostConfig().restartPolicy()).isEqualTo(new ContainerInspect.RestartPolicy("on-failure", 3));
    }

    @Test
    void anExitedContainersInspectAndWaitReadAsTheBinderReadsThem() {
        ContainerConfig config = ContainerConfig.of(IMAGE).withCmd("sh", "-c", "exit 7").withLabel(RUN_LABEL, RUN_ID)
                .withPortBinding(8080, "127.0.0.1", 0);
        String id = create(config, "exited");
        call("POST", "/containers/" + id + "/start");
        byte[] wait = call("POST", "/containers/" + id + "/wait");
        assertThat(Json.read(wait, WaitResult.class)).isEqualTo(bound(wait, WaitResult.class))
                .extracting(WaitResult::statusCode).isEqualTo(7);
        byte[] inspect = call("GET", "/containers/" + id + "/json?size=true");
        ContainerInspect byHand = Json.read(inspect, ContainerInspect.class);
        assertThat(byHand).isEqualTo(bound(inspect, ContainerInspect.class));
        assertThat(byHand.state().exitCode()).isEqualTo(7);
        assertThat(byHand.sizeRootFs()).isPositive();
        assertThat(Json.read(inspect, ContainerState.class)).as("the state type read from a whole inspect: its own members only")
                .isEqualTo(bound(inspect, ContainerState.class));
    }

    @Test
    void aContainerThatFailedToStartCarriesItsErrorAsTheBinderReadsIt() {
        String id = create(ContainerConfig.of(IMAGE).withCmd("/no/such/binary").withLabel(RUN_LABEL, RUN_ID), "failed");
        assertThatThrownBy(() -> docker().containers().start(id)).hasMessageContaining("no/such/binary");
        byte[] inspect = call("GET", "/containers/" + id + "/json");
        ContainerInspect byHand = Json.read(inspect, ContainerInspect.class);
        assertThat(byHand).isEqualTo(bound(inspect, ContainerInspect.class));
        assertThat(byHand.state().error()).contains("no/such/binary");
    }

    @Test
    void execCreateAndInspectReadAsTheBinderReadsThem() {
        String id = create(ContainerConfig.of(IMAGE).withCmd("sleep", "300").withLabel(RUN_LABEL, RUN_ID), "exec");
        call("POST", "/containers/" + id + "/start");
        String exec = docker().exec().create(id, ExecConfig.of("sh", "-c", "exit 5").withUser("nobody").withTty(true));
        byte[] before = call("GET", "/exec/" + exec + "/json");
        ExecInspect notStarted = Json.read(before, ExecInspect.class);
        assertThat(notStarted).isEqualTo(bound(before, ExecInspect.class));
        assertThat(notStarted.exitCode()).as("null until it ran").isNull();
        try (var stream = docker().exec().start(exec, true)) {
            stream.readAll(); // to the end of its output: the process has ended
        }
        assertThat(docker().exec().exitCodeOf(exec)).isEqualTo(5);
        ExecInspect done = docker().exec().inspect(exec);
        byte[] after = call("GET", "/exec/" + exec + "/json");
        assertThat(Json.read(after, ExecInspect.class)).isEqualTo(bound(after, ExecInspect.class)).isEqualTo(done);
        assertThat(done.exitCode()).isEqualTo(5);
        assertThat(done.processConfig().user()).isEqualTo("nobody");
    }

    @Test
    void aCreateAnswerReadsAsTheBinderReadsIt() {
        byte[] answer = "{\"Id\":\"e90e34656806\",\"Warnings\":[\"one\",\"two\"]}".getBytes(StandardCharsets.UTF_8);
        assertThat(Json.read(answer, CreatedContainer.class)).isEqualTo(bound(answer, CreatedContainer.class))
                .isEqualTo(new CreatedContainer("e90e34656806", List.of("one", "two")));
        byte[] single = "{\"Id\":\"e90e\",\"Warnings\":\"only\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(Json.read(single, CreatedContainer.class)).as("a single value where a list belongs")
                .isEqualTo(bound(single, CreatedContainer.class));
        byte[] none = "{\"Id\":\"e90e\",\"Warnings\":null}".getBytes(StandardCharsets.UTF_8);
        assertThat(Json.read(none, CreatedContainer.class)).isEqualTo(bound(none, CreatedContainer.class));
    }

    @Test
    void anAnswerOfTheWrongShapeFailsNamingTheType() {
        byte[] notAnObject = "[1,2]".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Json.read(notAnObject, ContainerInspect.class)).isInstanceOf(UncheckedIOException.class)
                .hasMessage("unexpected JSON from the engine for ContainerInspect: ContainerInspect is not a JSON object: [1, 2]");
        byte[] badState = "{\"Id\":\"x\",\"State\":{\"Pid\":\"many\"}}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Json.read(badState, ContainerInspect.class))
                .hasMessage("unexpected JSON from the engine for ContainerInspect: Pid is not a whole number: many");
        byte[] truncated = "{\"Id\":\"x\"".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Json.read(truncated, ContainerInspect.class))
                .hasMessageStartingWith("unexpected JSON from the engine for ContainerInspect: malformed JSON at offset 9");
    }

    private static <T> T bound(byte[] json, Class<T> type) {
        return type.cast(JsonBinder.bind(JsonReader.parse(json), type, JsonBinder.Naming.UPPER_CAMEL_CASE));
    }

    private static String networkName() {
        return docker().networks().inspect(network).name();
    }

    private static String create(ContainerConfig config, String what) {
        byte[] answer = bytes(engine.call("POST", "/containers/create").query("name", uniqueName(what)).json(dev.berth.docker.internal.RequestBodies.of(config)));
        CreatedContainer created = Json.read(answer, CreatedContainer.class);
        assertThat(created).isEqualTo(bound(answer, CreatedContainer.class));
        containers.add(created.id());
        return created.id();
    }

    private static byte[] call(String method, String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        EngineCall call = engine.call(method, parts[0]);
        if (parts.length == 2) {
            String[] query = parts[1].split("=", 2);
            call.query(query[0], query[1]);
        }
        return bytes(call);
    }

    private static byte[] bytes(EngineCall call) {
        try (HttpResponse response = call.send()) {
            return response.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
