package dev.berth.docker.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import dev.berth.docker.model.ContainerState;
import dev.berth.docker.model.FileChange;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The record binder's rules, each as the Jackson mapper it replaced applied them. */
@NoEngine
class JsonBinderTest {

    record Endpoint(String ipAddress, String networkId, List<String> aliases) {
    }

    record Inspect(String id, boolean oomKilled, int exitCode, Long sizeRw, Endpoint endpoint,
                   Map<String, List<Endpoint>> byNetwork, List<String> warnings, Map<String, Object> aux) {
    }

    record Usage(long totalUsage, List<Long> percpuUsage, int onlineCpus, boolean isOfficial) {
    }

    record Checked(List<String> items) {
        Checked {
            items = List.copyOf(items);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        return Json.read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    @Test
    void membersMatchComponentsRegardlessOfCaseAndUnknownOnesAreIgnored() {
        Inspect inspect = read("{\"ID\":\"abc\",\"OOMKilled\":true,\"ExitCode\":3,\"SizeRw\":12,\"Unknown\":{\"deep\":[1]},"
                + "\"Endpoint\":{\"IPAddress\":\"172.17.0.2\",\"NetworkID\":\"n1\",\"Aliases\":[\"db\"]}}", Inspect.class);
        assertThat(inspect).isEqualTo(new Inspect("abc", true, 3, 12L, new Endpoint("172.17.0.2", "n1", List.of("db")),
                null, null, null));
    }

    @Test
    void snakeCaseNamesForStatsAndSearch() {
        Usage usage = Json.readSnakeCase(("{\"total_usage\":9,\"percpu_usage\":[4,5],\"online_cpus\":2,\"is_official\":true,"
                + "\"TotalUsage\":1}").getBytes(StandardCharsets.UTF_8), Usage.class);
        assertThat(usage).as("the camel-case name is unknown in snake case").isEqualTo(new Usage(9, List.of(4L, 5L), 2, true));
        assertThat(JsonBinder.snakeCase("usageInKernelmode")).isEqualTo("usage_in_kernelmode");
        assertThat(JsonBinder.snakeCase("ipv4Address")).isEqualTo("ipv4_address");
    }

    @Test
    void nestedRecordsInListsAndMaps() {
        Inspect inspect = read("{\"ByNetwork\":{\"bridge\":[{\"IPAddress\":\"a\"},{\"IPAddress\":\"b\",\"Aliases\":null}],"
                + "\"none\":null}}", Inspect.class);
        assertThat(inspect.byNetwork()).containsOnlyKeys("bridge", "none").containsEntry("none", null);
        assertThat(inspect.byNetwork().get("bridge")).containsExactly(new Endpoint("a", null, null), new Endpoint("b", null, null));
        assertThat(read("[{\"Id\":\"a\"},{\"Id\":\"b\"}]", Inspect[].class)).extracting(Inspect::id).containsExactly("a", "b");
    }

    @Test
    void aSingleValueWhereAListBelongsIsAListOfOne() {
        assertThat(read("{\"Warnings\":\"only\"}", Inspect.class).warnings()).containsExactly("only");
        assertThat(read("{\"Id\":\"a\"}", Inspect[].class)).extracting(Inspect::id).containsExactly("a");
    }

    @Test
    void nullsAndMissingMembersGiveNullZeroAndFalseAsJacksonDid() {
        Inspect inspect = read("{\"Id\":null,\"OOMKilled\":null,\"SizeRw\":null,\"Warnings\":null}", Inspect.class);
        assertThat(inspect).isEqualTo(new Inspect(null, false, 0, null, null, null, null, null));
        assertThat(read("null", Inspect.class)).isNull();
        assertThat(read("{}", ContainerState.class)).isEqualTo(new ContainerState(null, false, false, false, false, false, 0, 0,
                null, null, null, null));
    }

    @Test
    void scalarsConvertAsJacksonsDefaultCoercionsDo() {
        Inspect inspect = read("{\"Id\":42,\"ExitCode\":\"7\",\"OOMKilled\":\"true\",\"SizeRw\":2.9,\"Warnings\":[true,1.5]}", Inspect.class);
        assertThat(inspect.id()).isEqualTo("42");
        assertThat(inspect.exitCode()).isEqualTo(7);
        assertThat(inspect.oomKilled()).isTrue();
        assertThat(inspect.sizeRw()).as("a fraction truncated").isEqualTo(2L);
        assertThat(inspect.warnings()).containsExactly("true", "1.5");
        assertThat(read("{\"ExitCode\":\"\"}", Inspect.class).exitCode()).as("empty text is the default").isZero();
    }

    @Test
    void objectValuesArePlainValuesAsJacksonGaveThem() {
        Inspect inspect = read("{\"Aux\":{\"ID\":\"sha256:1\",\"Size\":527,\"Big\":5000000000,\"Ratio\":0.5,\"List\":[1,{\"a\":null}]}}",
                Inspect.class);
        assertThat(inspect.aux()).containsEntry("ID", "sha256:1").containsEntry("Size", 527).containsEntry("Big", 5000000000L)
                .containsEntry("Ratio", 0.5);
        assertThat(inspect.aux().get("List")).isEqualTo(List.of(1, java.util.Collections.singletonMap("a", null)));
    }

    @Test
    void enumsByNameOrIndex() {
        record Change(String path, FileChange.Kind kind) {
        }
        assertThat(read("[{\"Path\":\"/a\",\"Kind\":1},{\"Path\":\"/b\",\"Kind\":\"DELETED\"}]", Change[].class))
                .containsExactly(new Change("/a", FileChange.Kind.ADDED), new Change("/b", FileChange.Kind.DELETED));
        assertThatThrownBy(() -> read("{\"Kind\":\"GONE\"}", Change.class))
                .hasMessage("unexpected JSON from the engine for Change: Change.kind is not one of [MODIFIED, ADDED, DELETED]: \"GONE\"");
    }

    @Test
    void aWrongShapeFailsNamingTheRecordAndComponent() {
        assertThatThrownBy(() -> read("{\"Endpoint\":{\"Aliases\":{\"a\":1}}}", Inspect.class))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("unexpected JSON from the engine for Inspect: Endpoint.aliases[0] is not text: {a=1}");
        assertThatThrownBy(() -> read("{\"ExitCode\":\"many\"}", Inspect.class))
                .hasMessage("unexpected JSON from the engine for Inspect: Inspect.exitCode is not a whole number: \"many\"");
        assertThatThrownBy(() -> read("{\"ExitCode\":3000000000}", Inspect.class))
                .hasMessage("unexpected JSON from the engine for Inspect: Inspect.exitCode does not fit an int: 3000000000");
        assertThatThrownBy(() -> read("[1]", Endpoint.class))
                .hasMessage("unexpected JSON from the engine for Endpoint: Endpoint is not a JSON object: [1]");
        assertThatThrownBy(() -> read("{\"ByNetwork\":[]}", Inspect.class))
                .hasMessage("unexpected JSON from the engine for Inspect: Inspect.byNetwork is not a JSON object: []");
        assertThatThrownBy(() -> read("{\"Id\":", Inspect.class))
                .hasMessageStartingWith("unexpected JSON from the engine for Inspect: malformed JSON at offset 6");
    }

    @Test
    void aRecordThatRefusesItsValuesSaysSo() {
        assertThatThrownBy(() -> read("{\"Items\":null}", Checked.class))
                .hasMessageStartingWith("unexpected JSON from the engine for Checked: Checked refused the engine's values: "
                        + "java.lang.NullPointerException");
        assertThat(read("{\"Items\":[\"a\"]}", Checked.class).items()).containsExactly("a");
    }

    @Test
    void privateRecordsOfOtherClassesAreBoundToo() {
        assertThat(read("{\"ID\":\"x\"}", Private.class)).isEqualTo(new Private("x"));
    }

    private record Private(String id) {
    }
}
