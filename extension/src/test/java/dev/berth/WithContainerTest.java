package dev.berth;

import static dev.berth.BerthTestKit.IMAGE;
import static dev.berth.BerthTestKit.assertThat;
import static dev.berth.BerthTestKit.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.docker.DockerClient;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.PortBinding;
import dev.berth.internal.Session;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code @WithContainer} scopes and lifecycle (API.md section 1), against the real engine. */
class WithContainerTest {

    @Test
    void classContainerServesAllTestsOfTheClassAndItsNestedClasses() {
        BerthTestKit.Run run = run(ClassLevelTestCase.class);

        assertThat(run).succeeded(3);
        assertThat(run.reported("id")).hasSize(3).containsOnly(run.reported("id").get(0));
    }

    @WithContainer(name = "box", image = IMAGE, command = {"sleep", "300"})
    static class ClassLevelTestCase {
        @Test
        void first(ContainerHandle box, TestReporter reporter) {
            reporter.publishEntry("id", box.id());
            assertThat(box.exec("echo", "hi").stdout()).isEqualTo("hi\n");
        }

        @Test
        void second(ContainerHandle box, TestReporter reporter) {
            reporter.publishEntry("id", box.id());
        }

        @Nested
        class Inner {
            @Test
            void seesTheOuterClassContainer(ContainerHandle box, TestReporter reporter) {
                reporter.publishEntry("id", box.id());
            }
        }
    }

    @Test
    void methodContainerIsOnePerInvocationAlsoForRepeatedAndParameterizedTests() {
        BerthTestKit.Run run = run(MethodLevelTestCase.class);

        assertThat(run).succeeded(5);
        assertThat(new HashSet<>(run.reported("id"))).hasSize(5);
        assertThat(run.reported("alone")).containsOnly("true");
    }

    static class MethodLevelTestCase {
        @Test
        @WithContainer(name = "m", image = IMAGE, command = {"sleep", "300"})
        void plain(ContainerHandle m, TestReporter reporter) {
            report(m, reporter);
        }

        @RepeatedTest(2)
        @WithContainer(name = "m", image = IMAGE, command = {"sleep", "300"})
        void repeated(ContainerHandle m, TestReporter reporter) {
            report(m, reporter);
        }

        @ParameterizedTest
        @ValueSource(strings = {"a", "b"})
        @WithContainer(name = "m", image = IMAGE, command = {"sleep", "300"})
        void parameterized(String value, ContainerHandle m, TestReporter reporter) {
            report(m, reporter);
        }

        /** The previous invocation's container is gone: only this one carries the session label. */
        private static void report(ContainerHandle m, TestReporter reporter) {
            reporter.publishEntry("id", m.id());
            reporter.publishEntry("alone", Boolean.toString(BerthTestKit.sessionContainers().size() == 1));
        }
    }

    @Test
    void staticFieldIsPerClassAndInstanceFieldPerTest() {
        BerthTestKit.Run run = run(FieldsTestCase.class);

        assertThat(run).succeeded(2);
        assertThat(run.reported("class")).hasSize(2).containsOnly(run.reported("class").get(0));
        assertThat(new HashSet<>(run.reported("test"))).hasSize(2);
        assertThat(run.reported("names")).containsOnly("perClass perTest");
    }

    static class FieldsTestCase {
        @WithContainer(image = IMAGE, command = {"sleep", "300"})
        static ContainerHandle perClass;

        @WithContainer(image = IMAGE, command = {"sleep", "300"})
        ContainerHandle perTest;

        @Test
        void one(TestReporter reporter) {
            report(reporter);
        }

        @Test
        void two(TestReporter reporter) {
            report(reporter);
        }

        private void report(TestReporter reporter) {
            reporter.publishEntry("class", perClass.id());
            reporter.publishEntry("test", perTest.id());
            reporter.publishEntry("names", perClass.name() + " " + perTest.name());
        }
    }

    @Test
    void anInstanceFieldAloneRegistersTheExtension() {
        assertThat(run(InstanceFieldOnlyTestCase.class)).succeeded(1);
    }

    static class InstanceFieldOnlyTestCase {
        @WithContainer(image = IMAGE, command = {"sleep", "300"})
        ContainerHandle box;

        @Test
        void injected(ContainerHandle parameter) {
            assertThat(box.isRunning()).isTrue();
            assertThat(parameter.id()).isEqualTo(box.id());
        }
    }

    @Test
    void metaAnnotationDeclaresTheContainer() {
        assertThat(run(MetaAnnotationTestCase.class)).succeeded(1);
    }

    @Target({ElementType.TYPE, ElementType.FIELD})
    @Retention(RetentionPolicy.RUNTIME)
    @WithContainer(name = "sleeper", image = IMAGE, command = {"sleep", "300"}, env = "ROLE=meta")
    @interface Sleeper {
    }

    @Sleeper
    static class MetaAnnotationTestCase {
        @Test
        void injected(ContainerHandle sleeper) {
            assertThat(sleeper.name()).isEqualTo("sleeper");
            assertThat(sleeper.exec("sh", "-c", "echo $ROLE").stdout()).isEqualTo("meta\n");
        }
    }

    @Test
    void twoRegistrationsOfTheExtensionStartEachContainerOnce() {
        BerthTestKit.Run run = run(TwoRegistrationsTestCase.class);

        assertThat(run).succeeded(1);
        assertThat(run.reported("containers")).containsExactly("2");
    }

    /** {@code @WithContainer} on the class and on the method and {@code @ExecAssert}: three {@code @ExtendWith}s. */
    @WithContainer(name = "outer", image = IMAGE, command = {"sleep", "300"})
    static class TwoRegistrationsTestCase {
        @Test
        @WithContainer(name = "inner", image = IMAGE, command = {"sleep", "300"})
        @ExecAssert(container = "outer", command = "true")
        void both(@Named("outer") ContainerHandle outer, @Named("inner") ContainerHandle inner, TestReporter reporter) {
            assertThat(outer.id()).isNotEqualTo(inner.id());
            reporter.publishEntry("containers", Integer.toString(BerthTestKit.sessionContainers().size()));
        }
    }

    @Test
    void containersOfOneScopeStartInParallelAndDependentsAfterTheirDependencies() {
        assertThat(run(DependsOnTestCase.class)).succeeded(1);
    }

    @WithContainer(name = "app", image = IMAGE, command = {"sleep", "300"}, dependsOn = "db")
    @WithContainer(name = "db", image = IMAGE, command = {"sh", "-c", "sleep 1; echo ready; exec sleep 300"},
            waitFor = @WaitFor(log = "ready"))
    @WithContainer(name = "cache", image = IMAGE, command = {"sh", "-c", "sleep 1; echo ready; exec sleep 300"},
            waitFor = @WaitFor(log = "ready"))
    static class DependsOnTestCase {
        @Test
        void ordered(@Named("app") ContainerHandle app, @Named("db") ContainerHandle db, @Named("cache") ContainerHandle cache) {
            ContainerInspect dbInspect = db.docker().containers().inspect(db.id());
            Instant dbStarted = Instant.parse(dbInspect.state().startedAt());
            Instant cacheStarted = Instant.parse(cache.docker().containers().inspect(cache.id()).state().startedAt());
            Instant appCreated = Instant.parse(app.docker().containers().inspect(app.id()).created());

            assertThat(Duration.between(dbStarted, cacheStarted).abs()).as("db and cache start together").isLessThan(Duration.ofMillis(900));
            assertThat(Duration.between(dbStarted, appCreated)).as("app is created after db is ready").isGreaterThan(Duration.ofMillis(900));
        }
    }

    @Test
    void networkLetsContainersReachEachOtherByNameAndIsRemovedWithTheScope() {
        BerthTestKit.Run run = run(NetworkTestCase.class);

        assertThat(run).succeeded(2);
        assertThat(run.reported("network")).singleElement().asString().startsWith("berth-backend-");
    }

    @WithContainer(name = "web", image = IMAGE, command = {"httpd", "-f", "-p", "8080", "-h", "/etc"}, network = "backend",
            waitFor = @WaitFor(command = {"wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/passwd"}))
    @WithContainer(name = "client", image = IMAGE, command = {"sleep", "300"}, network = "backend")
    static class NetworkTestCase {
        @Test
        void reachesWebByName(@Named("client") ContainerHandle client, @Named("web") ContainerHandle web, TestReporter reporter) {
            assertThat(client.exec("wget", "-q", "-O", "-", "http://web:8080/passwd").stdout()).contains("root:");
            ContainerInspect inspect = web.docker().containers().inspect(web.id());
            reporter.publishEntry("network", String.join(",", inspect.networkSettings().networks().keySet()));
            assertThat(BerthTestKit.sessionNetworks()).hasSize(1);
        }

        @Nested
        class InnerScope {
            @Test
            @WithContainer(name = "probe", image = IMAGE, command = {"sleep", "300"}, network = "backend")
            void joinsTheEnclosingScopesNetwork(@Named("probe") ContainerHandle probe) {
                assertThat(probe.exec("wget", "-q", "-O", "-", "http://web:8080/passwd").stdout()).contains("root:");
                assertThat(BerthTestKit.sessionNetworks()).hasSize(1);
            }
        }
    }

    @Test
    void portsArePublishedOnLoopbackToFreeHostPorts() {
        assertThat(run(PortsTestCase.class)).succeeded(1);
    }

    @WithContainer(name = "web", image = IMAGE, command = {"httpd", "-f", "-p", "8080", "-h", "/etc"}, ports = 8080,
            waitFor = @WaitFor(command = {"wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/passwd"}))
    static class PortsTestCase {
        @Test
        void reachable(ContainerHandle web) throws Exception {
            List<PortBinding> bindings = web.docker().containers().inspect(web.id()).networkSettings().ports().get("8080/tcp");
            assertThat(bindings).extracting(PortBinding::hostIp).containsOnly("127.0.0.1");
            assertThat(web.host()).isEqualTo("127.0.0.1");
            try (Socket socket = new Socket(web.host(), web.mappedPort(8080))) {
                OutputStream out = socket.getOutputStream();
                out.write("GET /passwd HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("HTTP/1.").contains("root:");
            }
        }
    }

    @Test
    void everyContainerCarriesTheSessionLabels() {
        assertThat(run(LabelsTestCase.class)).succeeded(1);
    }

    @WithContainer(image = IMAGE, command = {"sleep", "300"}, labels = "team=berth")
    static class LabelsTestCase {
        @Test
        void labelled(ContainerHandle busybox) {
            Map<String, String> labels = busybox.docker().containers().inspect(busybox.id()).config().labels();
            assertThat(labels).containsEntry("dev.berth.managed", "true")
                    .containsEntry("dev.berth.session", Session.current().id())
                    .containsEntry("team", "berth");
        }
    }

    @Test
    void parallelExecutionOfTestsIsSafe() {
        BerthTestKit.Run run = run(Map.of("junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"), ParallelTestCase.class);

        assertThat(run).succeeded(4);
        assertThat(new HashSet<>(run.reported("method"))).hasSize(4);
        assertThat(new HashSet<>(run.reported("class"))).hasSize(1);
    }

    @WithContainer(name = "shared", image = IMAGE, command = {"sleep", "300"})
    static class ParallelTestCase {
        @Test
        @WithContainer(name = "own", image = IMAGE, command = {"sleep", "300"})
        void a(@Named("shared") ContainerHandle shared, @Named("own") ContainerHandle own, TestReporter reporter) {
            report(shared, own, reporter);
        }

        @Test
        @WithContainer(name = "own", image = IMAGE, command = {"sleep", "300"})
        void b(@Named("shared") ContainerHandle shared, @Named("own") ContainerHandle own, TestReporter reporter) {
            report(shared, own, reporter);
        }

        @Test
        @WithContainer(name = "own", image = IMAGE, command = {"sleep", "300"})
        void c(@Named("shared") ContainerHandle shared, @Named("own") ContainerHandle own, TestReporter reporter) {
            report(shared, own, reporter);
        }

        @Test
        @WithContainer(name = "own", image = IMAGE, command = {"sleep", "300"})
        void d(@Named("shared") ContainerHandle shared, @Named("own") ContainerHandle own, TestReporter reporter) {
            report(shared, own, reporter);
        }

        private static void report(ContainerHandle shared, ContainerHandle own, TestReporter reporter) {
            assertThat(own.exec("echo", own.id()).stdout()).isEqualTo(own.id() + "\n");
            reporter.publishEntry("method", own.id());
            reporter.publishEntry("class", shared.id());
        }
    }

    @Test
    void oneClientPerEngineServesTheWholeRunAndTheRootStoreClosesIt() {
        ClientTestCase.CLIENTS.clear();

        assertThat(run(ClientTestCase.class, OtherClientTestCase.class)).succeeded(2);
        assertThat(ClientTestCase.CLIENTS).hasSize(2);
        assertThat(ClientTestCase.CLIENTS.get(0)).isSameAs(ClientTestCase.CLIENTS.get(1));
        assertThatThrownBy(() -> ClientTestCase.CLIENTS.get(0).containers().list(false, Map.of()))
                .hasMessageContaining("the Docker client is closed");
    }

    @WithContainer(image = IMAGE, command = {"sleep", "300"})
    static class ClientTestCase {
        static final List<DockerClient> CLIENTS = new CopyOnWriteArrayList<>();

        @Test
        void test(ContainerHandle busybox) {
            CLIENTS.add(busybox.docker());
        }
    }

    @WithContainer(image = IMAGE, command = {"sleep", "300"})
    static class OtherClientTestCase {
        @Test
        void test(ContainerHandle busybox) {
            ClientTestCase.CLIENTS.add(busybox.docker());
        }
    }

    @Nested
    class Sharing {
        @Test
        void sameNameAndSpecGiveEveryClassTheSameContainerForTheRun() {
            BerthTestKit.Run run = run(SharedOneTestCase.class, SharedTwoTestCase.class);

            assertThat(run).succeeded(2);
            assertThat(run.reported("shared")).hasSize(2).containsOnly(run.reported("shared").get(0));
            assertThat(run.reported("other")).hasSize(1).doesNotContain(run.reported("shared").get(0));
        }

        @Test
        void classesRunningConcurrentlyStillGetOneSharedContainer() {
            BerthTestKit.Run run = run(Map.of("junit.jupiter.execution.parallel.enabled", "true",
                    "junit.jupiter.execution.parallel.mode.default", "concurrent",
                    "junit.jupiter.execution.parallel.mode.classes.default", "concurrent"),
                    SharedOneTestCase.class, SharedTwoTestCase.class);

            assertThat(run).succeeded(2);
            assertThat(run.reported("shared")).hasSize(2).containsOnly(run.reported("shared").get(0));
        }
    }

    @Nested
    class SharingWithEveryKindOfWait {
        @Test
        void twoClassesDeclaringTheSameSharedContainerGetOneContainerWhateverItWaitsFor() {
            BerthTestKit.Run run = run(SharedWaitsOneTestCase.class, SharedWaitsTwoTestCase.class);

            assertThat(run).succeeded(2);
            for (String kind : SHARED_WAITS) {
                assertThat(run.reported(kind)).as("ids of the shared container waiting with " + kind).hasSize(2)
                        .containsOnly(run.reported(kind).get(0));
            }
        }

        @Test
        @DockerOnly("Podman 4.3 runs health checks from systemd timers, which this machine lacks: the status stays 'starting'")
        void twoClassesDeclaringTheSameSharedContainerWithAHealthyWaitGetOneContainer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path context)
                throws java.io.IOException {
            java.nio.file.Files.writeString(context.resolve("Dockerfile"),
                    "FROM " + IMAGE + "\nHEALTHCHECK --interval=1s CMD true\nCMD [\"sleep\", \"300\"]\n");
            BerthTestKit.docker().images().build(context, dev.berth.docker.model.BuildOptions.tagged(HEALTHY_IMAGE), event -> { });
            try {
                BerthTestKit.Run run = run(SharedHealthyOneTestCase.class, SharedHealthyTwoTestCase.class);

                assertThat(run).succeeded(2);
                assertThat(run.reported("healthy")).hasSize(2).containsOnly(run.reported("healthy").get(0));
            } finally {
                BerthTestKit.docker().images().remove(HEALTHY_IMAGE, true, false);
            }
        }
    }

    static final String HEALTHY_IMAGE = "berth-test/healthy:waits";

    static final List<String> SHARED_WAITS = List.of("log", "port", "http", "command", "exited", "all");

    private static final String SERVE = "echo up; echo up; mkdir -p /www; echo ok > /www/health; exec httpd -f -p 8080 -h /www";

    /** The same shared containers, one for each kind of wait, as two classes would each declare them. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @WithContainer(name = "log", image = IMAGE, command = {"sh", "-c", SERVE}, shared = true,
            waitFor = @WaitFor(log = "^up$", logTimes = 2))
    @WithContainer(name = "port", image = IMAGE, command = {"sh", "-c", SERVE}, shared = true, waitFor = @WaitFor(port = 8080))
    @WithContainer(name = "http", image = IMAGE, command = {"sh", "-c", SERVE}, ports = 8080, shared = true,
            waitFor = @WaitFor(http = "/health", httpPort = 8080))
    @WithContainer(name = "command", image = IMAGE, command = {"sh", "-c", SERVE}, shared = true,
            waitFor = @WaitFor(command = {"test", "-f", "/www/health"}))
    @WithContainer(name = "exited", image = IMAGE, command = {"echo", "done"}, shared = true, waitFor = @WaitFor(exited = true))
    @WithContainer(name = "all", image = IMAGE, command = {"sh", "-c", SERVE}, ports = 8080, shared = true,
            waitFor = @WaitFor(log = "up", http = "/health", port = 8080, timeout = "30s"))
    @interface SharedWaits {
    }

    @SharedWaits
    static class SharedWaitsOneTestCase {
        @Test
        void one(@Named("log") ContainerHandle log, @Named("port") ContainerHandle port, @Named("http") ContainerHandle http,
                 @Named("command") ContainerHandle command,
                 @Named("exited") ContainerHandle exited, @Named("all") ContainerHandle all, TestReporter reporter) {
            List.of(log, port, http, command, exited, all).forEach(c -> reporter.publishEntry(c.name(), c.id()));
        }
    }

    @SharedWaits
    static class SharedWaitsTwoTestCase {
        @Test
        void two(@Named("log") ContainerHandle log, @Named("port") ContainerHandle port, @Named("http") ContainerHandle http,
                 @Named("command") ContainerHandle command,
                 @Named("exited") ContainerHandle exited, @Named("all") ContainerHandle all, TestReporter reporter) {
            List.of(log, port, http, command, exited, all).forEach(c -> reporter.publishEntry(c.name(), c.id()));
        }
    }

    @WithContainer(name = "healthy", image = HEALTHY_IMAGE, shared = true, waitFor = @WaitFor(healthy = true, timeout = "30s"))
    static class SharedHealthyOneTestCase {
        @Test
        void one(ContainerHandle healthy, TestReporter reporter) {
            reporter.publishEntry(healthy.name(), healthy.id());
        }
    }

    @WithContainer(name = "healthy", image = HEALTHY_IMAGE, shared = true, waitFor = @WaitFor(healthy = true, timeout = "30s"))
    static class SharedHealthyTwoTestCase {
        @Test
        void two(ContainerHandle healthy, TestReporter reporter) {
            reporter.publishEntry(healthy.name(), healthy.id());
        }
    }

    @WithContainer(name = "cache", image = IMAGE, command = {"sleep", "300"}, shared = true)
    static class SharedOneTestCase {
        @Test
        void one(ContainerHandle cache, TestReporter reporter) {
            reporter.publishEntry("shared", cache.id());
        }
    }

    @WithContainer(name = "cache", image = IMAGE, command = {"sleep", "300"}, shared = true)
    @WithContainer(name = "other", image = IMAGE, command = {"sleep", "301"}, shared = true)
    static class SharedTwoTestCase {
        @Test
        void two(@Named("cache") ContainerHandle cache, @Named("other") ContainerHandle other, TestReporter reporter) {
            reporter.publishEntry("shared", cache.id());
            reporter.publishEntry("other", other.id());
        }
    }
}
