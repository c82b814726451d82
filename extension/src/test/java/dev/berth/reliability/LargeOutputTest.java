package dev.berth.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.Containers;
import dev.berth.docker.DockerClient;
import dev.berth.docker.ProcessStream;
import dev.berth.docker.model.ExecConfig;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * 200 MiB of exec output streams through a JVM whose whole heap is 256 MiB: {@link ProcessStream#copyOutput} hands the
 * bytes on as they come. ({@code ContainerHandle.exec} keeps the output in memory by design, for assertions: it is for
 * output that fits; large output goes through the streaming API, as here.)
 */
class LargeOutputTest {

    static final long SIZE = 200L * 1024 * 1024;

    @AfterAll
    static void nothingLeft() {
        Reliability.assertNothingLeft();
    }

    @Test
    void twoHundredMebibytesStreamThroughA256MebibyteHeap() throws Exception {
        ChildJvm.Result result = ChildJvm.of().option("-Xmx256m").option("-Xms32m")
                .run(StreamingChild.class, Reliability.RUN_LABEL, Reliability.RUN_ID);
        System.out.println("child: " + result.output().strip());
        assertThat(result.output()).as(result.output()).contains("stdout=" + SIZE + " stderr=0 exit=0");
        long peakHeap = Long.parseLong(result.output().replaceAll("(?s).*peakHeapMiB=(\\d+).*", "$1"));
        assertThat(peakHeap).as("peak heap in MiB").isLessThan(128);
    }

    /** The child: streams the output of {@code head -c 200m /dev/zero} to counters. */
    public static final class StreamingChild {
        public static void main(String[] args) throws Exception {
            try (DockerClient docker = DockerClient.fromEnvironment();
                 ContainerHandle c = Containers.start(docker, ContainerSpec.of(Reliability.IMAGE).withCommand("sleep", "300")
                         .withLabel(args[0], args[1]))) {
                String exec = docker.exec().create(c.id(), ExecConfig.of("head", "-c", "200m", "/dev/zero"));
                Counter out = new Counter();
                Counter err = new Counter();
                try (ProcessStream stream = docker.exec().start(exec, false)) {
                    stream.copyOutput(out, err);
                }
                long peak = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        peak += pool.getPeakUsage().getUsed();
                    }
                }
                System.out.println("stdout=" + out.count + " stderr=" + err.count + " exit=" + docker.exec().exitCodeOf(exec)
                        + " peakHeapMiB=" + peak / (1024 * 1024));
            }
        }
    }

    static final class Counter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
