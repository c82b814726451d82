package dev.berth.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.docker.model.ExecConfig;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A {@code null} no longer means "the default" on the client: each default has its overload. No engine needed. */
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
}
