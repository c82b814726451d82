package dev.berth.docker;

import static dev.berth.docker.EngineTestSupport.busybox;
import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static dev.berth.docker.EngineTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.DockerOnly;
import dev.berth.docker.model.AttachOptions;
import dev.berth.docker.model.ContainerConfig;
import dev.berth.docker.model.WaitCondition;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ContainerAttachTest {

    /** Reads one line of stdin, answers on stdout, complains on stderr. */
    private static ContainerConfig echoer() {
        return busybox("sh", "-c", "read line; echo got:$line; echo bye >&2").withOpenStdin(true);
    }

    @AfterAll
    static void nothingLeft() {
        EngineTestSupport.assertNothingLeft();
    }

    @Test
    void attachCarriesStdinAndKeepsStdoutAndStderrApart() throws Exception {
        // GIVEN a created container with stdin open, attached before it starts
        String id = docker().containers().create(echoer()).id();
        try (ProcessStream stream = docker().containers().attach(id, AttachOptions.output().withStdin(true))) {
            docker().containers().start(id);
            // WHEN a line is written and stdin is closed
            stream.stdin().write("hello\n".getBytes(StandardCharsets.UTF_8));
            stream.closeStdin();
            // THEN the output comes back demultiplexed
            byte[][] output = stream.readAll();
            assertThat(stream.isRaw()).isFalse();
            assertThat(new String(output[0], StandardCharsets.UTF_8)).isEqualTo("got:hello\n");
            assertThat(new String(output[1], StandardCharsets.UTF_8)).isEqualTo("bye\n");
            assertThat(docker().containers().waitFor(id, WaitCondition.NOT_RUNNING).statusCode()).isZero();
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    @DockerOnly("Podman's replay frames are broken: each line's newline is written outside its frame")
    void attachWithLogsReplaysEarlierOutput() {
        // GIVEN a container that has written and exited
        String id = run(busybox("sh", "-c", "echo earlier; echo problem >&2"));
        try {
            docker().containers().waitFor(id, WaitCondition.NOT_RUNNING);
            // WHEN attaching with logs and no stream
            try (ProcessStream stream = docker().containers().attach(id, AttachOptions.output().withLogs(true).withStream(false))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                stream.copyOutput(out, err);
                // THEN the earlier output is replayed
                assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("earlier\n");
                assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("problem\n");
            }
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void attachToATtyContainerIsRaw() throws Exception {
        // GIVEN a TTY container reading a line
        String id = docker().containers().create(busybox("sh", "-c", "read line; echo got:$line").withTty(true).withOpenStdin(true)).id();
        try (ProcessStream stream = docker().containers().attach(id, AttachOptions.output().withStdin(true))) {
            docker().containers().start(id);
            // WHEN a line is typed
            stream.stdin().write("typed\r".getBytes(StandardCharsets.UTF_8));
            stream.stdin().flush();
            // THEN the terminal echoes it and the answer follows, raw, with CRLF line ends
            String output = new String(stream.readAll()[0], StandardCharsets.UTF_8);
            assertThat(stream.isRaw()).isTrue();
            assertThat(output).isEqualTo("typed\r\ngot:typed\r\n");
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    @DockerOnly("Podman has no /attach/ws (404)")
    void attachOverAWebSocketCarriesStdinAndRawOutput() throws Exception {
        // GIVEN a created container with stdin open, attached over a websocket before it starts
        String id = docker().containers().create(echoer()).id();
        try (ProcessStream stream = docker().containers().attachWebSocket(id, AttachOptions.output().withStdin(true))) {
            docker().containers().start(id);
            // WHEN a line is written and the websocket's sending side is closed
            stream.stdin().write("over ws\n".getBytes(StandardCharsets.UTF_8));
            stream.closeStdin();
            // THEN stdout and stderr arrive as one raw stream
            String output = new String(stream.readAll()[0], StandardCharsets.UTF_8);
            assertThat(stream.isRaw()).isTrue();
            assertThat(output).contains("got:over ws\n").contains("bye\n").hasSize("got:over ws\nbye\n".length());
            assertThat(docker().containers().waitFor(id, WaitCondition.NOT_RUNNING).statusCode()).isZero();
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void attachToAMissingContainerIsNotFound() {
        assertThatThrownBy(() -> docker().containers().attachWebSocket("berth-no-such-container", AttachOptions.output()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("404 to GET /containers/berth-no-such-container/attach/ws");
    }
}
