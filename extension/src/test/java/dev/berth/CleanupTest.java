package dev.berth;

import static dev.berth.BerthTestKit.IMAGE;
import static dev.berth.BerthTestKit.assertThat;
import static dev.berth.BerthTestKit.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.berth.docker.model.ContainerSummary;
import dev.berth.docker.model.Network;
import dev.berth.internal.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Everything Berth creates is removed on every path: scope end after failures, wait timeouts and interrupts; the
 * shutdown hook on a normal exit and SIGTERM; the watchdog after SIGKILL. Checked by the session label.
 */
class CleanupTest {

    @Test
    void aWaitTimeoutRemovesTheContainerAndItsAlreadyStartedSiblings() {
        BerthTestKit.Run run = run(WaitTimeoutTestCase.class);

        assertThat(run).hasSingleFailedContainer().isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("\"slow\"").hasMessageContaining("never");
    }

    @WithContainer(name = "fast", image = IMAGE, command = {"sleep", "300"}, network = "net")
    @WithContainer(name = "slow", image = IMAGE, command = {"sleep", "300"}, network = "net",
            waitFor = @WaitFor(log = "never", timeout = "700ms"))
    static class WaitTimeoutTestCase {
        @Test
        void never() {
        }
    }

    @Test
    void aFailedDependencyKeepsItsDependentsFromStarting() {
        BerthTestKit.Run run = run(DependencyFailsTestCase.class);

        Throwable failure = assertThat(run).hasSingleFailedContainer().isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("\"db\"").actual();
        assertThat(failure.getSuppressed()).extracting(Throwable::getMessage).contains("@WithContainer(name = \"app\") on"
                + " [CleanupTest.DependencyFailsTestCase] was not started because \"db\", which it depends on, failed to start");
    }

    @WithContainer(name = "db", image = IMAGE, command = {"sh", "-c", "echo broken; exit 3"}, waitFor = @WaitFor(log = "ready"))
    @WithContainer(name = "app", image = IMAGE, command = {"sleep", "300"}, dependsOn = "db")
    @WithContainer(name = "cache", image = IMAGE, command = {"sleep", "300"})
    static class DependencyFailsTestCase {
        @Test
        void never() {
        }
    }

    @Test
    void anInterruptedStartRemovesWhatItStarted() throws Exception {
        AtomicReference<BerthTestKit.Run> result = new AtomicReference<>();
        Thread runner = new Thread(() -> result.set(BerthTestKit.run(InterruptedTestCase.class)), "interrupted-run");
        runner.start();
        await(() -> BerthTestKit.sessionContainers().size() == 2, Duration.ofSeconds(20));
        runner.interrupt();
        runner.join(30_000);

        assertThat(result.get()).hasSingleFailedContainer().isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessage("Starting the containers of [CleanupTest.InterruptedTestCase] was interrupted; the containers"
                        + " that had started are removed with the scope");
    }

    @WithContainer(name = "a", image = IMAGE, command = {"sleep", "300"}, waitFor = @WaitFor(log = "never"))
    @WithContainer(name = "b", image = IMAGE, command = {"sleep", "300"}, waitFor = @WaitFor(log = "never"))
    static class InterruptedTestCase {
        @Test
        void never() {
        }
    }

    @Test
    void teardownRemovesWithForceSoAShellThatIgnoresSigtermCostsNoStopTimeout() {
        BerthTestKit.Run run = run(IgnoresSigtermTestCase.class);

        assertThat(run).succeeded(1);
        assertThat(run.millis()).as("a graceful stop would wait 10 s per container").isLessThan(5_000);
    }

    /** {@code sleep} as PID 1 has no SIGTERM handler, so the kernel ignores the signal. */
    @WithContainer(name = "a", image = IMAGE, command = {"sleep", "300"})
    @WithContainer(name = "b", image = IMAGE, command = {"sleep", "300"})
    static class IgnoresSigtermTestCase {
        @Test
        void test() {
        }
    }

    @Test
    void theShutdownHookRemovesEverythingOnANormalExit() throws Exception {
        try (Child child = Child.start(false)) {
            child.write("exit");
            assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(containers(child.session)).as("containers after exit (the watchdog is off: only the hook ran)").isEmpty();
            assertThat(networks(child.session)).isEmpty();
        }
    }

    @Test
    void theShutdownHookRemovesEverythingOnSigterm() throws Exception {
        try (Child child = Child.start(false)) {
            signal(child.process, "TERM");
            assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(containers(child.session)).as("containers after SIGTERM (the watchdog is off: only the hook ran)").isEmpty();
            assertThat(networks(child.session)).isEmpty();
        }
    }

    @Test
    void theWatchdogRemovesEverythingWithinTenSecondsOfASigkill(TestReporter reporter) throws Exception {
        try (Child child = Child.start(true)) {
            assertThat(child.watchdogPids).as("watchdog processes").hasSize(1);
            ProcessHandle watchdog = ProcessHandle.of(child.watchdogPids.get(0)).orElseThrow();

            signal(child.process, "KILL");
            long killed = System.nanoTime();
            assertThat(child.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            await(() -> containers(child.session).isEmpty() && networks(child.session).isEmpty(), Duration.ofSeconds(15));
            long millis = (System.nanoTime() - killed) / 1_000_000;

            System.out.println("SIGKILL cleanup: the child's 2 containers and 1 network were gone " + millis + " ms after kill -9");
            reporter.publishEntry("sigkill.cleanup.millis", Long.toString(millis));
            assertThat(millis).isLessThan(10_000);
            assertThat(watchdog.onExit().get(10, TimeUnit.SECONDS).isAlive()).as("the watchdog ends after its sweeps").isFalse();
        }
    }

    private static void signal(Process process, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
    }

    private static List<ContainerSummary> containers(String session) {
        return BerthTestKit.docker().containers().list(true, Map.of("label", List.of(Session.SESSION_LABEL + "=" + session)));
    }

    private static List<Network> networks(String session) {
        return BerthTestKit.docker().networks().list(Map.of("label", List.of(Session.SESSION_LABEL + "=" + session)));
    }

    /** Awaits a condition, checking every 50 ms. */
    static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    /** A second JVM that runs {@link ChildTestCase} through the Jupiter engine and waits for instructions. */
    static final class Child implements AutoCloseable {
        final Process process;
        final String session;
        final List<Long> watchdogPids;

        private Child(Process process, String session, List<Long> watchdogPids) {
            this.process = process;
            this.session = session;
            this.watchdogPids = watchdogPids;
        }

        static Child start(boolean watchdog) throws Exception {
            Path log = Files.createTempFile("berth-child", ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    "-D" + Session.WATCHDOG_PROPERTY_NAME + "=" + watchdog, ChildMain.class.getName()));
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            AtomicReference<String> ready = new AtomicReference<>();
            CountDownLatch read = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith("READY ")) {
                            ready.set(line);
                            break;
                        }
                    }
                } catch (IOException e) {
                    // reported below as not ready
                } finally {
                    read.countDown();
                }
            });
            reader.setDaemon(true);
            reader.start();
            if (!read.await(60, TimeUnit.SECONDS) || ready.get() == null) {
                process.destroyForcibly();
                throw new AssertionError("the child JVM did not get ready; its stderr:\n" + Files.readString(log));
            }
            String[] parts = ready.get().split(" ");
            List<Long> pids = new ArrayList<>();
            for (int i = 2; i < parts.length; i++) {
                pids.add(Long.parseLong(parts[i]));
            }
            Child child = new Child(process, parts[1], pids);
            assertThat(containers(child.session)).as("the child's containers").hasSize(2);
            assertThat(networks(child.session)).as("the child's networks").hasSize(1);
            return child;
        }

        void write(String line) throws IOException {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    /** The child JVM's entry point. */
    static final class ChildMain {
        public static void main(String[] args) {
            EngineTestKit.engine("junit-jupiter").selectors(selectClass(ChildTestCase.class)).execute();
        }
    }

    @WithContainer(name = "web", image = IMAGE, command = {"sleep", "300"}, network = "net")
    @WithContainer(name = "db", image = IMAGE, command = {"sleep", "300"}, network = "net")
    static class ChildTestCase {
        @Test
        void holdContainers() throws Exception {
            if (!Boolean.getBoolean(Session.WATCHDOG_PROPERTY_NAME) && System.getProperty(Session.WATCHDOG_PROPERTY_NAME) == null) {
                await(() -> !Session.current().watchdogPids().isEmpty(), Duration.ofSeconds(10));
            }
            if (Boolean.getBoolean(Session.WATCHDOG_PROPERTY_NAME)) {
                await(() -> !Session.current().watchdogPids().isEmpty(), Duration.ofSeconds(10));
            }
            StringBuilder line = new StringBuilder("READY " + Session.current().id());
            Session.current().watchdogPids().forEach(pid -> line.append(' ').append(pid));
            System.out.println(line);
            System.out.flush();
            String instruction = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if ("exit".equals(instruction)) {
                System.exit(0);
            }
            new CountDownLatch(1).await();
        }
    }
}
