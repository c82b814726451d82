package dev.berth.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.docker.ClientCounters;
import dev.berth.ContainerHandle;
import dev.berth.Containers;
import dev.berth.ExecResult;
import dev.berth.docker.DockerClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A long run, outside the default suite ({@code mvn -B -Psoak test -pl extension}): 1,000 container lifecycles and
 * 10,000 execs on one client, four at a time; open file descriptors, threads and pooled connections must end where
 * they began.
 */
@Tag("soak")
class SoakTest {

    static final int LIFECYCLES = Integer.getInteger("berth.soak.lifecycles", 1_000);
    static final int EXECS = Integer.getInteger("berth.soak.execs", 10_000);
    static final int PARALLEL = 4;
    /** JVM-owned threads (the common pool, the delayed executor) come and go on their own schedule. */
    static final int THREAD_TOLERANCE = 4;
    /** Descriptors the JVM and the test runner open and close on their own (class files, the runner's channel). */
    static final int FD_TOLERANCE = 2;

    @AfterAll
    static void nothingLeft() {
        Reliability.assertNothingLeft();
    }

    record Figures(long fds, int threads, int idleConnections, int connectionsOpened) {
        @Override
        public String toString() {
            return "fds=" + fds + ", threads=" + threads + ", idle connections=" + idleConnections + ", connections opened=" + connectionsOpened;
        }
    }

    static Figures figures(DockerClient docker) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return new Figures(fds.count(), ManagementFactory.getThreadMXBean().getThreadCount(), ClientCounters.idleConnections(docker),
                    ClientCounters.connectionsOpened(docker));
        }
    }

    @Test
    void lifecyclesAndExecsLeaveNothingOpen() throws Exception {
        try (DockerClient docker = DockerClient.fromEnvironment()) {
            // warm up: classes loaded, the pool filled to its working size, the JVM's helper threads started
            work(docker, 8, 40);
            System.gc();
            Figures start = figures(docker);
            System.out.println("SOAK start: " + start);

            long t0 = System.nanoTime();
            int lifecycles = lifecycles(docker, LIFECYCLES);
            long t1 = System.nanoTime();
            int execs = execs(docker, EXECS);
            long t2 = System.nanoTime();

            System.gc();
            Reliability.await("connections in flight are back in the pool", Duration.ofSeconds(10),
                    () -> figuresQuietly(docker).fds() <= start.fds() + (ClientCounters.idleConnections(docker) - start.idleConnections()));
            Figures end = figures(docker);
            System.out.println("SOAK end:   " + end);
            System.out.printf("SOAK %d lifecycles in %.1f s (%.0f ms each, %d at a time); %d execs in %.1f s (%.1f ms each, %d at a time)%n",
                    lifecycles, (t1 - t0) / 1e9, (t1 - t0) / 1e6 / lifecycles * PARALLEL, PARALLEL,
                    execs, (t2 - t1) / 1e9, (t2 - t1) / 1e6 / execs * PARALLEL, PARALLEL);

            assertThat(lifecycles).isEqualTo(LIFECYCLES);
            assertThat(execs).isEqualTo(EXECS);
            assertThat(end.idleConnections()).as("idle pooled connections").isLessThanOrEqualTo(8);
            assertThat(end.fds() - end.idleConnections()).as("file descriptors other than idle pooled connections")
                    .isLessThanOrEqualTo(start.fds() - start.idleConnections() + FD_TOLERANCE);
            assertThat(end.threads()).as("threads").isLessThanOrEqualTo(start.threads() + THREAD_TOLERANCE);
            assertThat(Reliability.leftovers()).as("containers").isEmpty();
        }
    }

    private static Figures figuresQuietly(DockerClient docker) {
        try {
            return figures(docker);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void work(DockerClient docker, int lifecycles, int execs) throws Exception {
        lifecycles(docker, lifecycles);
        execs(docker, execs);
    }

    private static int lifecycles(DockerClient docker, int count) throws Exception {
        AtomicInteger done = new AtomicInteger();
        inParallel(count, i -> {
            try (ContainerHandle c = Containers.start(docker, Reliability.sleeper())) {
                assertThat(c.isRunning()).isTrue();
            }
            int n = done.incrementAndGet();
            if (n % 100 == 0) {
                System.out.println("SOAK lifecycles: " + n + " " + figuresQuietly(docker));
            }
        });
        return done.get();
    }

    private static int execs(DockerClient docker, int count) throws Exception {
        AtomicInteger done = new AtomicInteger();
        // sleeps for a day: the execs outlast a sleeper's five minutes
        try (ContainerHandle c = Containers.start(docker, Reliability.busybox("sleep", "86400"))) {
            inParallel(count, i -> {
                ExecResult r = c.exec("echo", Integer.toString(i));
                assertThat(r.stdout()).isEqualTo(i + "\n");
                int n = done.incrementAndGet();
                if (n % 1000 == 0) {
                    System.out.println("SOAK execs: " + n + " " + figuresQuietly(docker));
                }
            });
        }
        return done.get();
    }

    interface Step {
        void run(int i) throws Exception;
    }

    private static void inParallel(int count, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    step.run(index);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        }
    }
}
