package dev.berth.assertions;

import static dev.berth.assertions.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.berth.ContainerHandle;
import dev.berth.Containers;
import dev.berth.Wait;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link ContainerAssert} against real containers, started once for the class. */
class ContainerAssertTest {

    static final TestRun RUN = new TestRun();

    static ContainerHandle sleeper;
    static ContainerHandle job;
    static ContainerHandle late;

    @BeforeAll
    static void startContainers() {
        sleeper = Containers.start(RUN.busybox("sleeper")
                .withCommand("sleep", "300").withLabel("tier", "db"));
        job = Containers.start(RUN.busybox("job")
                .withCommand("sh", "-c", "echo started; echo done; exit 3").withWaitFor(Wait.forExit()));
        late = Containers.start(RUN.busybox("late")
                .withCommand("sh", "-c", "echo booting; sleep 1; echo ready; exec sleep 300"));
    }

    @AfterAll
    static void removeContainers() {
        RUN.closeAndCheckNothingLeft(sleeper, job, late);
    }

    static String shortId(ContainerHandle container) {
        return container.id().substring(0, 12);
    }

    @Nested
    class IsRunning {

        @Test
        void passes_for_a_running_container() {
            assertThat(sleeper).isRunning();
        }

        @Test
        void fails_for_an_exited_container_with_its_status_and_exit_code() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(job).isRunning())
                    .withMessage("""

                            Expecting container "job" (image busybox:stable, id %s)
                            to be running
                            but its status was "exited" (exit code 3)""".formatted(shortId(job)));
        }
    }

    @Nested
    class IsNotRunning {

        @Test
        void passes_for_an_exited_container() {
            assertThat(job).isNotRunning();
        }

        @Test
        void fails_for_a_running_container() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(sleeper).isNotRunning())
                    .withMessage("""

                            Expecting container "sleeper" (image busybox:stable, id %s)
                            not to be running
                            but its status was "running\"""".formatted(shortId(sleeper)));
        }
    }

    @Nested
    class HasExitCode {

        @Test
        void passes_for_a_container_that_exited_with_the_code() {
            assertThat(job).hasExitCode(3);
        }

        @Test
        void fails_for_another_exit_code() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(job).hasExitCode(0))
                    .withMessage("""

                            Expecting container "job" (image busybox:stable, id %s)
                            to have exited with code 0
                            but it exited with code 3""".formatted(shortId(job)));
        }

        @Test
        void fails_for_a_running_container() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(sleeper).hasExitCode(0))
                    .withMessage("""

                            Expecting container "sleeper" (image busybox:stable, id %s)
                            to have exited with code 0
                            but its status was "running\"""".formatted(shortId(sleeper)));
        }

        @Test
        void fails_for_a_removed_container() {
            // GIVEN
            ContainerHandle gone = Containers.start(RUN.busybox("gone")
                    .withCommand("true").withWaitFor(Wait.forExit()));
            gone.close();
            // WHEN/THEN
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(gone).hasExitCode(0))
                    .withMessage("""

                            Expecting container "gone" (image busybox:stable, id %s)
                            to have exited with code 0
                            but it no longer exists""".formatted(shortId(gone)));
        }
    }

    @Nested
    class HasLabel {

        @Test
        void passes_for_a_label_with_the_value() {
            assertThat(sleeper).hasLabel("tier", "db").hasLabel("dev.berth.managed", "true");
        }

        @Test
        void fails_for_another_value() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(sleeper).hasLabel("tier", "web"))
                    .withMessage("""

                            Expecting container "sleeper" (image busybox:stable, id %s)
                            to have label "tier" with value "web"
                            but its value was "db\"""".formatted(shortId(sleeper)));
        }

        @Test
        void fails_for_a_missing_label_listing_the_keys() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(sleeper).hasLabel("teir", "db"))
                    .withMessage("""

                            Expecting container "sleeper" (image busybox:stable, id %s)
                            to have label "teir" with value "db"
                            but it has no label "teir"; its labels are:
                              ["dev.berth.managed", "dev.berth.session", "dev.berth.test.run", "tier"]""".formatted(shortId(sleeper)));
        }
    }

    @Nested
    class Logs {

        @Test
        void navigates_to_a_string_assertion_on_the_logs() {
            assertThat(job).logs().isEqualTo("started\ndone\n");
        }

        @Test
        void fails_with_AssertJ_s_message_described_with_the_container() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(job).logs().contains("ready"))
                    .withMessage("""
                            [logs of container "job" (image busybox:stable, id %s)]\s
                            Expecting actual:
                              "started
                            done
                            "
                            to contain:
                              "ready"\s""".formatted(shortId(job)));
        }
    }

    @Nested
    class HasFile {

        @Test
        void passes_for_an_existing_path() {
            assertThat(sleeper).hasFile("/bin/sh").hasFile("/etc");
        }

        @Test
        void fails_for_a_missing_path() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(sleeper).hasFile("/nope"))
                    .withMessage("""

                            Expecting "/nope" in container "sleeper" (image busybox:stable, id %s)
                            to exist""".formatted(shortId(sleeper)));
        }
    }

    @Nested
    class File {

        @Test
        void navigates_to_assertions_on_a_path() {
            assertThat(sleeper).isRunning().file("/etc").exists().isDirectory();
        }

        @Test
        void keeps_the_description_of_the_container_assertion() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(sleeper).as("db files").file("/nope").exists())
                    .withMessage("""
                            [db files]\s
                            Expecting "/nope" in container "sleeper" (image busybox:stable, id %s)
                            to exist""".formatted(shortId(sleeper)));
        }
    }

    @Nested
    class HasLogLineMatching {

        @Test
        void passes_when_a_line_matches() {
            assertThat(job).hasLogLineMatching("^don").hasLogLineMatching("^started$");
        }

        @Test
        void fails_showing_the_logs() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(job).hasLogLineMatching("^ready"))
                    .withMessage("""

                            Expecting logs of container "job" (image busybox:stable, id %s):
                                started
                                done
                            to have a line matching:
                              "^ready\"""".formatted(shortId(job)));
        }
    }

    @Nested
    class HasLogLineMatchingWithin {

        @Test
        void waits_for_a_line_written_later() {
            assertThat(late).hasLogLineMatchingWithin("^ready$", Duration.ofSeconds(30));
        }

        @Test
        void fails_when_the_timeout_passes() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(sleeper).hasLogLineMatchingWithin("ready", Duration.ofMillis(300)))
                    .withMessage("""

                            Expecting logs of container "sleeper" (image busybox:stable, id %s): (empty)
                            to have a line matching:
                              "ready"
                            within 300ms""".formatted(shortId(sleeper)));
        }

        @Test
        void fails_at_once_when_the_container_has_stopped() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(job).hasLogLineMatchingWithin("ready", Duration.ofMinutes(5)))
                    .withMessage("""

                            Expecting logs of container "job" (image busybox:stable, id %s):
                                started
                                done
                            to have a line matching:
                              "ready"
                            within 5m
                            but the container stopped first: its status was "exited" (exit code 3)"""
                            .formatted(shortId(job)));
        }
    }
}
