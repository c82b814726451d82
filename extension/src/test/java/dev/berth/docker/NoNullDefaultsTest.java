package dev.berth.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import dev.berth.docker.model.AttachOptions;
import dev.berth.docker.model.BuildOptions;
import dev.berth.docker.model.CommitOptions;
import dev.berth.docker.model.EventsOptions;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.LogsOptions;
import dev.berth.docker.model.RegistryAuth;
import dev.berth.docker.model.UpdateConfig;
import dev.berth.docker.model.VolumeConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A {@code null} no longer means "the default" on the client: each default has its overload. No engine needed. */
@NoEngine
class NoNullDefaultsTest {

    private static DockerClient client;

    @BeforeAll
    static void connect() {
        client = DockerClient.connect("tcp://127.0.0.1:1");
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void startWithoutDetachKeysIsItsOwnOverload() {
        assertThatThrownBy(() -> client.containers().start("c", null))
                .isInstanceOf(NullPointerException.class).hasMessage("detachKeys");
        assertThat(client.connectionsOpened()).isZero();
    }

    @Test
    void stopWithoutSignalOrTimeoutIsItsOwnOverload() {
        assertThatThrownBy(() -> client.containers().stop("c", Duration.ZERO, null))
                .isInstanceOf(NullPointerException.class).hasMessage("signal");
        assertThatThrownBy(() -> client.containers().stop("c", null))
                .isInstanceOf(NullPointerException.class).hasMessage("timeout");
        assertThat(client.connectionsOpened()).isZero();
    }

    @Test
    void topWithoutPsArgsIsItsOwnOverload() {
        assertThatThrownBy(() -> client.containers().top("c", null))
                .isInstanceOf(NullPointerException.class).hasMessage("psArgs");
        assertThat(client.connectionsOpened()).isZero();
    }

    @Test
    void runWithoutStdinIsItsOwnOverload() {
        assertThatThrownBy(() -> client.exec().run("c", ExecConfig.of("true"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("stdin");
        assertThat(client.connectionsOpened()).isZero();
    }

    @Test
    void logsOptionsSayAllLinesWithoutASentinel() {
        assertThat(LogsOptions.all().tail()).isEmpty();
        assertThat(LogsOptions.all().withTail(0).tail()).isEqualTo(OptionalInt.of(0));
        assertThat(LogsOptions.all().withTail(5).allLines()).isEqualTo(LogsOptions.all());
        assertThatThrownBy(() -> LogsOptions.all().withTail(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tail must be 0 or more, was -1; allLines() takes all");
        assertThat(LogsOptions.all().since()).isEmpty();
        assertThat(LogsOptions.all().withUntil(Instant.EPOCH).until()).contains(Instant.EPOCH);
        assertThatThrownBy(() -> LogsOptions.all().withSince(null))
                .isInstanceOf(NullPointerException.class).hasMessage("since");
    }

    @Test
    void eventsOptionsHaveNoNullWindow() {
        assertThat(EventsOptions.all().since()).isEmpty();
        assertThat(EventsOptions.all().until()).isEmpty();
        assertThat(EventsOptions.all().withSince(Instant.EPOCH).since()).contains(Instant.EPOCH);
        assertThatThrownBy(() -> EventsOptions.all().withUntil(null))
                .isInstanceOf(NullPointerException.class).hasMessage("until");
    }

    @Test
    void limitsHaveNoSentinelForTheDefault() {
        assertThatThrownBy(() -> client.containers().list(true, -1, false, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be 1 or more, was -1; list(all, filters) has no limit");
        assertThatThrownBy(() -> client.images().search("busybox", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be 1 or more, was 0; search(term) keeps the engine's");
        assertThat(client.connectionsOpened()).isZero();
    }

    @Test
    void optionRecordsSayUnsetWithEmptyNotNull() {
        assertThat(ExecConfig.of("id").user()).isEmpty();
        assertThat(ExecConfig.of("id").withUser("nobody").user()).contains("nobody");
        assertThatThrownBy(() -> ExecConfig.of("id").withWorkingDir(null))
                .isInstanceOf(NullPointerException.class).hasMessage("workingDir");
        assertThat(AttachOptions.output().detachKeys()).isEmpty();
        assertThat(BuildOptions.tagged("a:1").target()).isEmpty();
        assertThat(VolumeConfig.anonymous().name()).isEmpty();
        assertThat(VolumeConfig.named("v").name()).contains("v");
        assertThat(CommitOptions.untagged().repository()).isEmpty();
        assertThat(CommitOptions.of("app", "v1").tag()).contains("v1");
        assertThatThrownBy(() -> CommitOptions.of(null, "v1"))
                .isInstanceOf(NullPointerException.class).hasMessage("repository");
    }

    @Test
    void registryAuthHasNoNullFields() {
        assertThat(RegistryAuth.anonymous().username()).isEmpty();
        assertThat(RegistryAuth.of("me", "pw").serverAddress()).isEmpty();
        assertThat(RegistryAuth.of("me", "pw", "reg:5000").serverAddress()).contains("reg:5000");
        assertThatThrownBy(() -> RegistryAuth.of("me", "pw", null))
                .isInstanceOf(NullPointerException.class).hasMessage("serverAddress");
    }

    @Test
    void updateConfigNamesUnlimitedInsteadOfMinusOne() {
        assertThat(dev.berth.docker.internal.RequestBodies.of(UpdateConfig.empty().withMemoryAndUnlimitedSwap(64L << 20).withoutPidsLimit()))
                .containsEntry("Memory", 64L << 20).containsEntry("MemorySwap", -1L).containsEntry("PidsLimit", -1L);
        assertThatThrownBy(() -> UpdateConfig.empty().withMemory(64L << 20, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("withMemoryAndUnlimitedSwap(bytes)");
        assertThatThrownBy(() -> UpdateConfig.empty().withPidsLimit(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be 1 or more, was -1; withoutPidsLimit() lifts it");
    }
}
