package dev.berth;

import static dev.berth.BerthTestKit.IMAGE;
import static dev.berth.BerthTestKit.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.docker.ClientCounters;
import dev.berth.docker.DockerClient;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12: the client a handle returns from {@code docker()} is a view of a client someone else owns; closing it
 * closes nothing, says who owns it, and every later start (in the JVM, in the test run) still works.
 */
class HandleClientOwnershipTest {

    private static final String WHAT_TO_DO = "Use it without closing it; for a client of your own, call"
            + " DockerClient.fromEnvironment() and close that one.";

    @RegisterExtension
    final BerthLogCapture log = new BerthLogCapture();

    private static ContainerSpec sleeper() {
        return ContainerSpec.of(IMAGE).withCommand("sleep", "300");
    }

    @Test
    void closingTheClientOfAContainersStartHandleLeavesTheJvmWideClientOpenAndSaysWhoOwnsIt() {
        try (ContainerHandle first = Containers.start(sleeper())) {
            try (DockerClient docker = first.docker()) {
                assertThat(docker.containers().inspect(first.id()).state().running()).isTrue();
            } // closes the view: no exception
            first.docker().close();

            assertThat(first.docker().containers().inspect(first.id()).state().running()).isTrue();
            assertThat(first.exec("echo", "still").stdout()).isEqualTo("still\n");
            assertThat(first.docker().toString()).endsWith(", owned by Berth's JVM-wide client for"
                    + " Containers.start(ContainerSpec), which closes it when the JVM exits]");
        }
        assertThat(log.messages(Level.INFO)).containsOnlyOnce("DockerClient.close() on the client of a ContainerHandle (handle.docker())"
                + " closed nothing: it is owned by Berth's JVM-wide client for Containers.start(ContainerSpec), which closes"
                + " it when the JVM exits. " + WHAT_TO_DO);

        try (ContainerHandle later = Containers.start(sleeper())) {
            assertThat(later.exec("echo", "hi").stdout()).isEqualTo("hi\n");
        }
    }

    @Test
    void closingTheClientOfAHandleOnTheCallersClientLeavesTheCallersClientOpen() {
        try (DockerClient mine = DockerClient.fromEnvironment()) {
            try (ContainerHandle c = Containers.start(mine, sleeper())) {
                c.docker().close();
                assertThat(c.exec("echo", "hi").stdout()).isEqualTo("hi\n");
            }
            assertThat(mine.system().ping()).isNotNull();
            assertThat(log.messages(Level.INFO)).anyMatch(m -> m.contains("it is owned by the code that passed it to"
                    + " Containers.start(DockerClient, ContainerSpec), which closes it after the handle."));
        }
    }

    @Test
    void aClientOfYourOwnStillCloses() {
        DockerClient mine = DockerClient.fromEnvironment();
        assertThat(mine.system().ping()).isNotNull();
        assertThat(mine.toString()).doesNotContain("owned by");

        mine.close();

        assertThat(ClientCounters.idleConnections(mine)).isZero();
        assertThatThrownBy(() -> mine.system().ping()).hasStackTraceContaining("the Docker client is closed");
        assertThat(log.messages(Level.INFO)).noneMatch(m -> m.contains("closed nothing"));
    }

    @Test
    void closingAnInjectedHandlesClientLeavesTheRunsClientOpenForLaterTestClasses() {
        BerthTestKit.assertThat(run(Map.of("junit.jupiter.testclass.order.default", "org.junit.jupiter.api.ClassOrderer$OrderAnnotation"),
                LaterTestCase.class, ClosesItsClientTestCase.class)).succeeded(2);

        assertThat(log.messages(Level.INFO)).anyMatch(m -> m.equals("DockerClient.close() on the client of a ContainerHandle"
                + " (handle.docker()) closed nothing: it is owned by the Berth JUnit extension for this test run, which"
                + " closes it when the run ends. " + WHAT_TO_DO));
    }


    @Order(1)
    @WithContainer(name = "closer", image = IMAGE, command = {"sleep", "300"})
    static class ClosesItsClientTestCase {
        @Test
        void test(ContainerHandle closer) {
            try (DockerClient docker = closer.docker()) {
                assertThat(docker.containers().inspect(closer.id()).state().running()).isTrue();
            }
        }
    }

    @Order(2)
    @WithContainer(name = "later", image = IMAGE, command = {"sleep", "300"})
    static class LaterTestCase {
        @Test
        void test(ContainerHandle later) {
            assertThat(later.exec("echo", "hi").stdout()).isEqualTo("hi\n");
            assertThat(later.docker().containers().inspect(later.id()).state().running()).isTrue();
        }
    }
}
