package dev.berth.internal.container;

import static dev.berth.internal.container.HandleTestSupport.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerHandle;
import dev.berth.Containers;
import dev.berth.Exec;
import dev.berth.ExecResult;
import dev.berth.ExecTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExecTest {

    static ContainerHandle box;

    @BeforeAll
    static void start() {
        box = Containers.start(sleeper().withName("exec"));
    }

    @AfterAll
    static void remove() {
        box.close();
        HandleTestSupport.assertNothingLeft();
    }

    @Test
    void stdoutStderrAndExitCodeKeptApart() {
        ExecResult r = box.exec("sh", "-c", "echo out; echo err >&2; exit 7");
        assertThat(r.exitCode()).isEqualTo(7);
        assertThat(r.stdout()).isEqualTo("out\n");
        assertThat(r.stderr()).isEqualTo("err\n");
    }

    @Test
    void missingExecutableIsAnExitCodeNotAnException() {
        ExecResult r = box.exec("/no/such/binary");
        assertThat(r.exitCode()).isIn(126, 127);
    }

    @Test
    void envWorkdirUserAndStdin() {
        ExecResult r = box.exec(Exec.of("sh", "-c", "echo $GREETING; pwd; id -un; cat")
                .withEnv("GREETING", "hello").withWorkdir("/tmp").withUser("nobody").withStdin("piped"));
        assertThat(r.stdout()).isEqualTo("hello\n/tmp\nnobody\npiped");
    }

    @Test
    void ttyPutsEverythingOnStdout() {
        ExecResult r = box.exec(Exec.of("sh", "-c", "echo out; echo err >&2").withTty(true));
        assertThat(r.stdout()).contains("out").contains("err");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void ttyWithStdinGetsEndOfFile() {
        ExecResult r = box.exec(Exec.of("sh", "-c", "cat > /tmp/tty-in; wc -c < /tmp/tty-in").withTty(true).withStdin("abc"));
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void largeStdinAndStdout() {
        byte[] input = new byte[1 << 20];
        java.util.Arrays.fill(input, (byte) 'x');
        ExecResult r = box.exec(Exec.of("sh", "-c", "cat").withStdin(input));
        assertThat(r.stdoutBytes()).hasSize(1 << 20);
    }

    @Test
    void timeoutEndsTheProcessAndSaysSo() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> box.exec(Exec.of("sh", "-c", "echo started; sleep 30").withTimeout(Duration.ofMillis(500))))
                .isInstanceOf(ExecTimeoutException.class)
                .hasMessageContaining("Exec [sh, -c, echo started; sleep 30] in container \"exec\" (image busybox:stable, id " + box.id().substring(0, 12) + ")")
                .hasMessageContaining("did not finish within 500 ms")
                .hasMessageContaining("Berth killed it")
                .hasMessageContaining("stdout so far: \"started\n\"");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(box.exec("sh", "-c", "ps -o args | grep -c '^sleep 30$'").stdout().trim()).isEqualTo("0");
    }
}
