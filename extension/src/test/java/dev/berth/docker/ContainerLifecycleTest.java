package dev.berth.docker;

import static dev.berth.docker.EngineTestSupport.busybox;
import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static dev.berth.docker.EngineTestSupport.run;
import static dev.berth.docker.EngineTestSupport.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ExecResult;
import dev.berth.PathStat;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.LogsOptions;
import dev.berth.docker.model.WaitCondition;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ContainerLifecycleTest {

    @AfterAll
    static void nothingLeft() {
        EngineTestSupport.assertNothingLeft();
    }

    @Test
    void createStartInspectStopRemove() {
        String id = run(sleeper().withName("berth-lifecycle-" + EngineTestSupport.RUN_ID.substring(0, 8)));
        try {
            ContainerInspect inspect = docker().containers().inspect(id);
            assertThat(inspect.state().running()).isTrue();
            assertThat(inspect.simpleName()).startsWith("berth-lifecycle-");
            assertThat(inspect.config().labels()).containsEntry(EngineTestSupport.RUN_LABEL, EngineTestSupport.RUN_ID);
            docker().containers().kill(id, "SIGKILL");
            assertThat(docker().containers().waitFor(id, WaitCondition.NOT_RUNNING).statusCode()).isEqualTo(137);
            assertThat(docker().containers().inspect(id).state().running()).isFalse();
        } finally {
            removeQuietly(id);
        }
        assertThatThrownBy(() -> docker().containers().inspect(id))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("404").hasMessageContaining("GET /containers/" + id + "/json");
    }

    @Test
    void execKeepsStdoutAndStderrApartWithExitCode() {
        String id = run(sleeper());
        try {
            ExecResult r = docker().exec().run(id, ExecConfig.of("sh", "-c", "echo out; echo err >&2; exit 3"), null);
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.stdout()).isEqualTo("out\n");
            assertThat(r.stderr()).isEqualTo("err\n");
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void execWithStdinSeesEndOfFile() {
        String id = run(sleeper());
        try {
            ExecResult r = docker().exec().run(id, ExecConfig.of("sh", "-c", "wc -c; echo done"), "hello".getBytes());
            assertThat(r.stdout()).isEqualTo("5\ndone\n");
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void logsOfAnExitedContainer() {
        String id = run(busybox("sh", "-c", "echo one; echo two >&2"));
        try {
            assertThat(docker().containers().waitFor(id, WaitCondition.NOT_RUNNING).statusCode()).isZero();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (LogStream logs = docker().containers().logs(id, LogsOptions.all())) {
                logs.copyTo(out, err);
            }
            assertThat(out.toString()).isEqualTo("one\n");
            assertThat(err.toString()).isEqualTo("two\n");
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void archiveStatOfADirectory() {
        String id = run(sleeper());
        try {
            PathStat stat = docker().archives().stat(id, "/tmp");
            assertThat(stat.isDirectory()).isTrue();
            assertThat(stat.mode()).isEqualTo(0777);
            assertThat(stat.name()).isEqualTo("tmp");
            assertThatThrownBy(() -> docker().archives().stat(id, "/nope")).isInstanceOf(NotFoundException.class);
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void connectionsArePooled() {
        String id = run(sleeper());
        try {
            int before = docker().connectionsOpened();
            for (int i = 0; i < 20; i++) {
                docker().containers().inspect(id);
            }
            assertThat(docker().connectionsOpened()).isEqualTo(before);
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void waitTimeoutIsNotUsedForStop() {
        String id = run(sleeper());
        try {
            docker().containers().stop(id, Duration.ofSeconds(0));
            assertThat(docker().containers().inspect(id).state().status()).isEqualTo("exited");
        } finally {
            removeQuietly(id);
        }
    }
}
