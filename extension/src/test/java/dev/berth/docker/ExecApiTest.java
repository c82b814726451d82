package dev.berth.docker;

import static dev.berth.docker.EngineTestSupport.await;
import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static dev.berth.docker.EngineTestSupport.run;
import static dev.berth.docker.EngineTestSupport.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.DockerOnly;
import dev.berth.ExecResult;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.ExecInspect;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExecApiTest {

    private static String container;

    @BeforeAll
    static void startContainer() {
        container = run(sleeper());
    }

    @AfterAll
    static void nothingLeft() {
        removeQuietly(container);
        EngineTestSupport.assertNothingLeft();
    }

    private static ExecResult exec(String script) {
        return docker().exec().run(container, ExecConfig.of("sh", "-c", script));
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "3", "255"})
    void exitCodesComeBackWithStdoutAndStderrApart(int code) {
        ExecResult r = exec("echo out; echo err >&2; echo more out; exit " + code);
        assertThat(r.exitCode()).isEqualTo(code);
        assertThat(r.stdout()).isEqualTo("out\nmore out\n");
        assertThat(r.stderr()).isEqualTo("err\n");
    }

    @Test
    @DockerOnly("Podman: 127 where Docker says 126")
    void aMissingCommandExitsWith126AndTheRuntimesMessage() {
        ExecResult r = docker().exec().run(container, ExecConfig.of("berth-no-such-command"));
        assertThat(r.exitCode()).isEqualTo(126);
        assertThat(r.stdout()).isEqualTo("OCI runtime exec failed: exec failed: unable to start container process: exec:"
                + " \"berth-no-such-command\": executable file not found in $PATH: unknown\r\n");
    }

    @Test
    void largeStdinIsStreamedAndEndsWithEndOfFile() {
        // GIVEN 1 MiB of stdin, more than the engine buffers
        byte[] input = new byte[1 << 20];
        Arrays.fill(input, (byte) 'x');
        // WHEN fed to wc THEN wc saw all of it and its end
        ExecResult r = docker().exec().run(container, ExecConfig.of("wc", "-c"), input);
        assertThat(r.stdout().trim()).isEqualTo("1048576");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void emptyStdinIsAnImmediateEndOfFile() {
        ExecResult r = docker().exec().run(container, ExecConfig.of("sh", "-c", "cat; echo eof"), new byte[0]);
        assertThat(r.stdout()).isEqualTo("eof\n");
    }

    @Test
    void ttyOutputIsRawWithBothStreamsTogether() {
        ExecResult r = docker().exec().run(container, ExecConfig.of("sh", "-c", "tty; echo out; echo err >&2").withTty(true));
        assertThat(r.stdout()).isEqualTo("/dev/pts/0\r\nout\r\nerr\r\n");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void ttyStdinEndsWithCtrlD() {
        ExecResult r = docker().exec().run(container, ExecConfig.of("sh", "-c", "wc -l").withTty(true), "a\rb\r".getBytes(StandardCharsets.UTF_8));
        assertThat(r.stdout()).endsWith("2\r\n");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void envUserAndWorkingDirApply() {
        ExecResult r = docker().exec().run(container, ExecConfig.of("sh", "-c", "echo $FOO; id -u; pwd")
                .withEnv(Map.of("FOO", "bar baz")).withUser("nobody").withWorkingDir("/tmp"));
        assertThat(r.stdout()).isEqualTo("bar baz\n65534\n/tmp\n");
    }

    @Test
    void privilegedAndDetachKeysReachTheEngine() {
        // The engine of this project runs without the capabilities a privileged exec needs, so the flag is
        // checked where the engine records it.
        String id = docker().exec().create(container, ExecConfig.of("true").withPrivileged(true).withDetachKeys("ctrl-x,x"));
        assertThat(docker().exec().inspect(id).processConfig().privileged()).isTrue();
        String plain = docker().exec().create(container, ExecConfig.of("true"));
        assertThat(docker().exec().inspect(plain).processConfig().privileged()).isFalse();
    }

    @Test
    @DockerOnly("Podman: exit code 0 instead of none before the start")
    void createStartAndInspect() {
        // GIVEN a created exec
        String id = docker().exec().create(container, ExecConfig.of("sh", "-c", "echo hi; exit 4").withUser("nobody"));
        ExecInspect created = docker().exec().inspect(id);
        assertThat(created.running()).isFalse();
        assertThat(created.exitCode()).isNull();
        assertThat(created.containerId()).isEqualTo(container);
        assertThat(created.processConfig().entrypoint()).isEqualTo("sh");
        assertThat(created.processConfig().arguments()).containsExactly("-c", "echo hi; exit 4");
        assertThat(created.processConfig().user()).isEqualTo("nobody");
        // WHEN started attached and read to the end
        try (ProcessStream stream = docker().exec().start(id, false)) {
            assertThat(new String(stream.readAll()[0], StandardCharsets.UTF_8)).isEqualTo("hi\n");
        }
        // THEN inspect has its exit code
        await("the exec has ended", Duration.ofSeconds(10), () -> !docker().exec().inspect(id).running());
        assertThat(docker().exec().inspect(id).exitCode()).isEqualTo(4);
    }

    @Test
    @DockerOnly("Podman: a detached exec stays Running: true after it ended")
    void detachedExecRunsInTheBackground() {
        String id = docker().exec().create(container, ExecConfig.of("sh", "-c", "echo done > /tmp/detached; exit 5"));
        docker().exec().startDetached(id);
        await("the detached exec has ended", Duration.ofSeconds(10), () -> !docker().exec().inspect(id).running());
        assertThat(docker().exec().inspect(id).exitCode()).isEqualTo(5);
        assertThat(exec("cat /tmp/detached").stdout()).isEqualTo("done\n");
    }

    @Test
    void resizeChangesAnExecsTerminal() throws Exception {
        // GIVEN a running TTY exec waiting for a line
        String id = docker().exec().create(container, ExecConfig.of("sh", "-c", "read x; stty size").withTty(true).withAttachStdin(true));
        try (ProcessStream stream = docker().exec().start(id, true)) {
            await("the exec runs", Duration.ofSeconds(10), () -> docker().exec().inspect(id).running());
            // WHEN its terminal is resized, then it reads its line
            docker().exec().resize(id, 33, 77);
            stream.stdin().write('\r');
            stream.stdin().flush();
            // THEN it sees the new size
            assertThat(new String(stream.readAll()[0], StandardCharsets.UTF_8)).endsWith("33 77\r\n");
        }
    }

    @Test
    @DockerOnly("the same exception type on Podman, another text")
    void execInAStoppedContainerIsAConflict() {
        String stopped = docker().containers().create(sleeper()).id();
        try {
            assertThatThrownBy(() -> docker().exec().create(stopped, ExecConfig.of("true")))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("The Docker engine answered 409 to POST /containers/" + stopped + "/exec: Container "
                            + stopped + " is not running");
        } finally {
            removeQuietly(stopped);
        }
    }

    @Test
    @DockerOnly("the same exception type on Podman, another text")
    void inspectOfAMissingExecIsNotFound() {
        assertThatThrownBy(() -> docker().exec().inspect("berth-no-such-exec"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("The Docker engine answered 404 to GET /exec/berth-no-such-exec/json: No such exec instance: berth-no-such-exec");
    }
}
