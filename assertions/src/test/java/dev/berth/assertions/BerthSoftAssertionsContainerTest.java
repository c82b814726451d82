package dev.berth.assertions;

import static dev.berth.assertions.BerthSoftAssertionsTest.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.Containers;
import java.time.Duration;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Soft mode of {@link ContainerAssert} and {@link ContainerFileAssert}, against a real container. */
class BerthSoftAssertionsContainerTest {

    static final TestRun RUN = new TestRun();

    static ContainerHandle web;
    static String container;

    @BeforeAll
    static void startContainer() {
        web = Containers.start(RUN.busybox("web")
                .withCommand("sh", "-c", "echo listening; exec sleep 300"));
        web.putFile("/www/index.html", "hello");
        BerthAssertions.assertThat(web).hasLogLineMatchingWithin("^listening$", Duration.ofSeconds(30));
        container = "container \"web\" (image busybox:stable, id " + web.id().substring(0, 12) + ")";
    }

    @AfterAll
    static void removeContainer() {
        RUN.closeAndCheckNothingLeft(web);
    }

    @Test
    void collects_failures_of_container_checks_and_of_the_logs_and_file_navigations() {
        // GIVEN
        BerthSoftAssertions softly = new BerthSoftAssertions();
        // WHEN
        softly.assertThat(web).isNotRunning().hasLabel("dev.berth.managed", "true");
        softly.assertThat(web).logs().contains("listening").contains("ready");
        softly.assertThat(web).file("/www").isDirectory().isRegularFile();
        softly.assertThat(web).file("/www/index.html").hasContent("hello").hasMode(0600);
        softly.assertThat(web).file("/nope").exists().doesNotExist();
        softly.assertThat(web.exec("cat", "/nope")).succeeded().stderr().contains("No such file or directory");
        // THEN
        assertThat(messages(softly.errorsCollected())).containsExactly(
                """

                Expecting %s
                not to be running
                but its status was "running\"""".formatted(container),
                """
                [logs of %s]\s
                Expecting actual:
                  "listening
                "
                to contain:
                  "ready"\s""".formatted(container),
                """

                Expecting "/www" in %s
                to be a regular file
                but it is a directory (mode 0755)""".formatted(container),
                """

                Expecting "/www/index.html" in %s
                to have mode 0600
                but it has mode 0644""".formatted(container),
                """

                Expecting "/nope" in %s
                to exist""".formatted(container),
                """

                Expecting exec of ["cat", "/nope"] in %s:
                  exit code: 1
                  stdout: (empty)
                  stderr:
                    cat: can't open '/nope': No such file or directory
                to succeed (exit code 0)
                but it exited with code 1""".formatted(container));
    }

    @Test
    void works_with_AssertJ_s_own_soft_proxy() {
        // GIVEN
        SoftAssertions softly = new SoftAssertions();
        // WHEN
        softly.proxy(ContainerAssert.class, ContainerHandle.class, web).isRunning().logs().isEmpty();
        softly.proxy(ContainerFileAssert.class, ContainerFileAssert.ContainerPath.class,
                new ContainerFileAssert.ContainerPath(web, "/www/index.html")).hasContent("bye").exists();
        // THEN
        assertThat(messages(softly.errorsCollected())).containsExactly(
                """
                [logs of %s]\s
                Expecting empty but was: "listening
                \"""".formatted(container),
                """

                Expecting "/www/index.html" in %s
                to have content:
                  "bye"
                but it had:
                  "hello\"""".formatted(container));
    }
}
