package dev.berth.docker.internal.json;

import dev.berth.docker.internal.StreamErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.NoEngine;
import dev.berth.docker.model.ContainerStats;
import dev.berth.docker.model.ContainerTop;
import dev.berth.docker.model.Event;
import dev.berth.docker.model.ImageSearchResult;
import dev.berth.docker.model.Network;
import dev.berth.docker.model.ProgressEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The engine's JSON, as the Engine API specification's examples show it, into Berth's records. */
@NoEngine
class EngineJsonTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void statsInSnakeCase() {
        ContainerStats stats = Json.readSnakeCase(json("{\"read\":\"2015-01-08T22:57:31.547920715Z\",\"pids_stats\":{\"current\":3},"
                + "\"networks\":{\"eth0\":{\"rx_bytes\":5338,\"rx_packets\":36,\"tx_bytes\":648,\"tx_packets\":8}},"
                + "\"memory_stats\":{\"stats\":{\"cache\":0,\"rss\":6537216},\"max_usage\":6651904,\"usage\":6537216,\"limit\":67108864},"
                + "\"cpu_stats\":{\"cpu_usage\":{\"percpu_usage\":[8646879,24472255],\"usage_in_usermode\":50000000,"
                + "\"total_usage\":100215355,\"usage_in_kernelmode\":30000000},\"system_cpu_usage\":739306590000000,\"online_cpus\":4,"
                + "\"throttling_data\":{\"periods\":0}},\"blkio_stats\":{}}"), ContainerStats.class);
        assertThat(stats.pidsStats().current()).isEqualTo(3);
        assertThat(stats.networks().get("eth0")).isEqualTo(new ContainerStats.NetworkStats(5338, 36, 648, 8));
        assertThat(stats.memoryStats().stats()).containsEntry("rss", 6537216L);
        assertThat(stats.memoryStats().limit()).isEqualTo(67108864);
        assertThat(stats.cpuStats().cpuUsage().percpuUsage()).containsExactly(8646879L, 24472255L);
        assertThat(stats.cpuStats().onlineCpus()).isEqualTo(4);
        assertThat(stats.cpuStats().systemCpuUsage()).isEqualTo(739306590000000L);
        assertThat(stats.precpuStats()).isNull();
    }

    @Test
    void eventsWithUpperAndLowerCaseKeys() {
        Event event = Json.read(json("{\"Type\":\"container\",\"Action\":\"create\",\"Actor\":{\"ID\":\"ede54ee1afda\","
                + "\"Attributes\":{\"com.example.some-label\":\"some-label-value\",\"image\":\"alpine:latest\",\"name\":\"my-container\"}},"
                + "\"scope\":\"local\",\"time\":1461943101,\"timeNano\":1461943101381709551,\"status\":\"create\"}"), Event.class);
        assertThat(event.type()).isEqualTo("container");
        assertThat(event.action()).isEqualTo("create");
        assertThat(event.actor().id()).isEqualTo("ede54ee1afda");
        assertThat(event.actor().attributes()).containsEntry("name", "my-container");
        assertThat(event.scope()).isEqualTo("local");
        assertThat(event.instant()).isEqualTo(java.time.Instant.ofEpochSecond(1461943101, 381709551));
    }

    @Test
    void progressEventsStreamOneByOne() throws IOException {
        String stream = "{\"status\":\"Pulling from library/busybox\",\"id\":\"stable\"}\r\n"
                + "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":1024,\"total\":2048},\"progress\":\"[==>  ]\",\"id\":\"a1b2\"}\r\n"
                + "{\"aux\":{\"ID\":\"sha256:abc\"}}{\"stream\":\"Successfully built abc\\n\"}";
        try (JsonObjectStream objects = Json.objects(new ByteArrayInputStream(json(stream)))) {
            assertThat(Json.bind(objects.next(), ProgressEvent.class).status()).isEqualTo("Pulling from library/busybox");
            ProgressEvent downloading = Json.bind(objects.next(), ProgressEvent.class);
            assertThat(downloading.progressDetail()).isEqualTo(new ProgressEvent.ProgressDetail(1024, 2048));
            assertThat(downloading.id()).isEqualTo("a1b2");
            assertThat(Json.bind(objects.next(), ProgressEvent.class).aux()).containsEntry("ID", "sha256:abc");
            assertThat(Json.bind(objects.next(), ProgressEvent.class).stream()).isEqualTo("Successfully built abc\n");
            assertThat(objects.next()).isNull();
        }
    }

    @Test
    void topAndNetworkAndSearch() {
        ContainerTop top = Json.read(json("{\"Titles\":[\"UID\",\"PID\",\"CMD\"],\"Processes\":[[\"root\",\"13642\",\"/bin/bash\"]]}"),
                ContainerTop.class);
        assertThat(top.column("CMD")).containsExactly("/bin/bash");
        Network network = Json.read(json("{\"Name\":\"net01\",\"Id\":\"7d86d31b\",\"Scope\":\"local\",\"Driver\":\"bridge\","
                + "\"EnableIPv6\":false,\"IPAM\":{\"Driver\":\"default\",\"Config\":[{\"Subnet\":\"172.19.0.0/16\",\"Gateway\":\"172.19.0.1\"}]},"
                + "\"Internal\":false,\"Attachable\":false,\"Containers\":{\"19a4d5d6\":{\"Name\":\"test\",\"EndpointID\":\"628cadb8\","
                + "\"MacAddress\":\"02:42:ac:13:00:02\",\"IPv4Address\":\"172.19.0.2/16\",\"IPv6Address\":\"\"}},"
                + "\"Options\":{\"com.docker.network.bridge.name\":\"docker0\"},\"Labels\":{\"com.example.some-label\":\"some-value\"}}"),
                Network.class);
        assertThat(network.ipam().config()).containsExactly(new Network.IpamConfig("172.19.0.0/16", "172.19.0.1"));
        assertThat(network.containers().get("19a4d5d6"))
                .isEqualTo(new Network.Endpoint("test", "628cadb8", "02:42:ac:13:00:02", "172.19.0.2/16", ""));
        Object search = Json.tree("{\"description\":\"\",\"is_official\":true,\"is_automated\":false,\"name\":\"wma55/u1210sshd\",\"star_count\":3}");
        assertThat(Json.bindSnakeCase(search, ImageSearchResult.class))
                .isEqualTo(new ImageSearchResult("wma55/u1210sshd", "", 3, true, false));
    }

    @Test
    void errorsInAProgressStreamAndLenientLookups() {
        Object failed = Json.tree("{\"errorDetail\":{\"message\":\"manifest unknown\"},\"error\":\"manifest unknown (short)\"}");
        assertThat(StreamErrors.messageOf(failed)).isEqualTo("manifest unknown");
        assertThat(StreamErrors.messageOf(Json.tree("{\"error\":\"denied\"}"))).isEqualTo("denied");
        assertThat(StreamErrors.messageOf(Json.tree("{\"status\":\"ok\",\"error\":null}"))).isNull();
        Object config = Json.tree("{\"auths\":{\"registry.example:5000\":{\"auth\":\"dTpw\"}},\"credsStore\":7}");
        assertThat(Json.text(config, "auths", "registry.example:5000", "auth")).isEqualTo("dTpw");
        assertThat(Json.text(config, "credsStore")).as("scalars as written").isEqualTo("7");
        assertThat(Json.text(config, "auths")).as("an object is no text").isNull();
        assertThat(Json.at(config, "credsStore", "deeper")).as("a scalar on the way").isNull();
        assertThat(Json.at(config, "AUTHS")).as("keys of a config are data: matched exactly").isNull();
    }
}
