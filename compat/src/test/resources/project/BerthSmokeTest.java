package com.example;

import static dev.berth.assertions.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.PathStat;
import dev.berth.WaitFor;
import dev.berth.WithContainer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compatibility suite's small Berth suite: exec, files both ways (with a stat), logs, a log wait. */
@WithContainer(name = "box", image = "busybox:stable",
        command = {"sh", "-c", "echo booted; echo oops >&2; exec sleep 300"},
        waitFor = @WaitFor(log = "booted", timeout = "30s"))
class BerthSmokeTest {

    @Test
    void execKeepsStdoutAndStderrApart(ContainerHandle box) {
        assertThat(box.exec("sh", "-c", "echo out; echo err >&2; exit 3"))
                .hasExitCode(3).hasStdout("out").hasStderrContaining("err");
    }

    @Test
    void filesGoInAndComeOut(ContainerHandle box, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("in.txt"), "from the host");
        box.copyToContainer(dir.resolve("in.txt"), "/data/in.txt");
        PathStat stat = box.stat("/data/in.txt");

        assertThat(stat.size()).isEqualTo(13);
        assertThat(box.readFile("/data/in.txt")).isEqualTo("from the host");
        box.copyFromContainer("/data/in.txt", dir.resolve("out.txt"));
        assertThat(dir.resolve("out.txt")).hasContent("from the host");
    }

    @Test
    void logsHoldBothStreams(ContainerHandle box) {
        assertThat(box.logs()).contains("booted").contains("oops");
    }
}
