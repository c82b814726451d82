package dev.berth.assertions.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.PathStat;
import dev.berth.assertions.NoEngine;
import dev.berth.docker.model.ContainerState;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rendering of the container and container-file messages, without an engine. */
@NoEngine
class ContainerMessagesTest {

    static final ContainerHandle WEB = (ContainerHandle) Proxy.newProxyInstance(
            ContainerHandle.class.getClassLoader(), new Class<?>[] {ContainerHandle.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "name" -> "web";
                case "image" -> "busybox:stable";
                case "id" -> "0123456789abcdef0123456789abcdef";
                default -> throw new UnsupportedOperationException(method.getName());
            });

    static ContainerState state(String status, int exitCode) {
        return new ContainerState(status, "running".equals(status), "paused".equals(status), false, false, false, 0,
                exitCode, "", "", "", null);
    }

    static PathStat file(long size, int mode) {
        return new PathStat("f", size, mode, false, false, Instant.EPOCH, "");
    }

    @Nested
    class States {

        @Test
        void an_exited_container_shows_its_exit_code() {
            assertThat(ContainerMessages.state(state("exited", 137))).isEqualTo("its status was \"exited\" (exit code 137)");
        }

        @Test
        void other_statuses_are_shown_as_the_engine_reports_them() {
            assertThat(ContainerMessages.state(state("paused", 0))).isEqualTo("its status was \"paused\"");
            assertThat(ContainerMessages.state(state("created", 0))).isEqualTo("its status was \"created\"");
        }

        @Test
        void a_removed_container_no_longer_exists() {
            assertThat(ShouldBeRunning.shouldBeRunning(WEB, null).create()).isEqualTo("""

                    Expecting container "web" (image busybox:stable, id 0123456789ab)
                    to be running
                    but it no longer exists""");
        }

        @Test
        void a_container_that_has_not_exited_has_no_exit_code_yet() {
            assertThat(ShouldHaveExited.shouldHaveExited(WEB, 0, state("paused", 0)).create()).isEqualTo("""

                    Expecting container "web" (image busybox:stable, id 0123456789ab)
                    to have exited with code 0
                    but its status was "paused\"""");
        }
    }

    @Nested
    class Paths {

        @Test
        void kinds_show_mode_in_octal_and_size() {
            assertThat(ContainerMessages.kind(file(1, 0600))).isEqualTo("a regular file (mode 0600, 1 byte)");
            assertThat(ContainerMessages.kind(file(0, 04755))).isEqualTo("a regular file (mode 4755, 0 bytes)");
            assertThat(ContainerMessages.kind(new PathStat("d", 4096, 01777, true, false, Instant.EPOCH, "")))
                    .isEqualTo("a directory (mode 1777)");
            assertThat(ContainerMessages.kind(new PathStat("l", 7, 0777, false, true, Instant.EPOCH, "busybox")))
                    .isEqualTo("a symbolic link to \"busybox\"");
        }

        @Test
        void a_missing_path_does_not_exist() {
            assertThat(ShouldHaveMode.shouldHaveMode(WEB, "/x", 0644, null).create()).isEqualTo("""

                    Expecting "/x" in container "web" (image busybox:stable, id 0123456789ab)
                    to have mode 0644
                    but it does not exist""");
        }
    }

    @Nested
    class Logs {

        @Test
        void durations_read_as_Berth_writes_them() {
            assertThat(ContainerMessages.duration(Duration.ofMillis(1500))).isEqualTo("1500ms");
            assertThat(ContainerMessages.duration(Duration.ofSeconds(30))).isEqualTo("30s");
            assertThat(ContainerMessages.duration(Duration.ofMinutes(2))).isEqualTo("2m");
            assertThat(ContainerMessages.duration(Duration.ZERO)).isEqualTo("0s");
        }

        @Test
        void only_the_last_lines_are_shown() {
            // GIVEN 25 lines
            String logs = IntStream.rangeClosed(1, 25).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
            // WHEN
            String message = ShouldHaveLogLineMatching.shouldHaveLogLineMatching(WEB, "ready", logs).create();
            // THEN
            assertThat(message).isEqualTo("""

                    Expecting logs of container "web" (image busybox:stable, id 0123456789ab): (last 20 of 25 lines)
                    %s
                    to have a line matching:
                      "ready\"""".formatted(IntStream.rangeClosed(6, 25).mapToObj(i -> "    line " + i)
                    .collect(Collectors.joining("\n"))));
        }

        @Test
        void log_lines_split_on_any_line_break_without_a_final_empty_line() {
            assertThat(ContainerMessages.lines("a\r\nb\n\nc\n")).containsExactly("a", "b", "", "c");
            assertThat(ContainerMessages.lines("")).isEmpty();
        }
    }

    @Nested
    class Labels {

        @Test
        void missing_label_lists_the_sorted_keys() {
            assertThat(ShouldHaveLabel.shouldHaveLabel(WEB, "a", "1", Map.of("z", "", "b", "2")).create()).isEqualTo("""

                    Expecting container "web" (image busybox:stable, id 0123456789ab)
                    to have label "a" with value "1"
                    but it has no label "a"; its labels are:
                      ["b", "z"]""");
        }
    }
}
