package dev.berth.docker;

import static dev.berth.docker.EngineTestSupport.busybox;
import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static dev.berth.docker.EngineTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.DockerOnly;
import dev.berth.LogLine;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.LogsOptions;
import dev.berth.docker.model.WaitCondition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ContainerLogsTest {

    /** An exited container that wrote one, two, three on stdout. */
    private static String exited;
    /**
     * An exited container that wrote on both streams. The engine copies stdout and stderr independently, so the
     * order between the two streams is not defined.
     */
    private static String mixed;

    @BeforeAll
    static void writeSomeLogs() {
        exited = run(busybox("sh", "-c", "echo one; echo two; echo three"));
        mixed = run(busybox("sh", "-c", "echo out1; echo oops >&2; echo out2"));
        docker().containers().waitFor(exited, WaitCondition.NOT_RUNNING);
        docker().containers().waitFor(mixed, WaitCondition.NOT_RUNNING);
    }

    @AfterAll
    static void nothingLeft() {
        removeQuietly(exited);
        removeQuietly(mixed);
        EngineTestSupport.assertNothingLeft();
    }

    private static List<String> lines(LogsOptions options) {
        return lines(exited, options);
    }

    private static List<String> lines(String id, LogsOptions options) {
        List<String> lines = new ArrayList<>();
        try (LogStream logs = docker().containers().logs(id, options)) {
            logs.forEachLine(line -> lines.add(line.stream() + " " + line.text()));
        }
        return lines;
    }

    @Test
    void allLinesWithTheirStreams() {
        assertThat(lines(mixed, LogsOptions.all())).containsExactlyInAnyOrder("STDOUT out1", "STDERR oops", "STDOUT out2")
                .containsSubsequence("STDOUT out1", "STDOUT out2");
    }

    @Test
    void onlyTheSelectedStreams() {
        assertThat(lines(mixed, LogsOptions.all().withStreams(false, true))).containsExactly("STDERR oops");
        assertThat(lines(mixed, LogsOptions.all().withStreams(true, false))).containsExactly("STDOUT out1", "STDOUT out2");
    }

    @Test
    void tailKeepsTheLastLines() {
        assertThat(lines(LogsOptions.all())).containsExactly("STDOUT one", "STDOUT two", "STDOUT three");
        assertThat(lines(LogsOptions.all().withTail(2))).containsExactly("STDOUT two", "STDOUT three");
        assertThat(lines(LogsOptions.all().withTail(0))).isEmpty();
    }

    @Test
    @DockerOnly("Podman's log timestamps have whole seconds")
    void sinceAndUntilCutByTimestamp() {
        // GIVEN each line's timestamp
        List<Instant> stamps = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (LogStream logs = docker().containers().logs(exited, LogsOptions.all().withStreams(true, false).withTimestamps(true))) {
            logs.forEachLine(line -> {
                int space = line.text().indexOf(' ');
                stamps.add(Instant.parse(line.text().substring(0, space)));
                texts.add(line.text().substring(space + 1));
            });
        }
        assertThat(texts).containsExactly("one", "two", "three");
        assertThat(stamps).isSorted().doesNotHaveDuplicates();
        // WHEN cut at the second line's timestamp THEN since and until both include it
        assertThat(lines(LogsOptions.all().withStreams(true, false).withSince(stamps.get(1))))
                .containsExactly("STDOUT two", "STDOUT three");
        assertThat(lines(LogsOptions.all().withStreams(true, false).withUntil(stamps.get(1))))
                .containsExactly("STDOUT one", "STDOUT two");
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void followStreamsLinesAsTheyAreWritten() {
        // GIVEN a container that writes a second line only after the test has seen the first
        String id = run(busybox("sh", "-c", "echo first; while [ ! -f /tmp/go ]; do sleep 0.05; done; echo second"));
        try {
            List<LogLine> seen = new ArrayList<>();
            try (LogStream logs = docker().containers().logs(id, LogsOptions.all().withFollow(true))) {
                // WHEN the first line arrives, the test lets it go on
                logs.nextLine().ifPresent(seen::add);
                docker().exec().run(id, ExecConfig.of("touch", "/tmp/go"));
                // THEN the second line arrives on the same stream, which ends as the container exits
                logs.forEachLine(seen::add);
            }
            assertThat(seen).extracting(LogLine::text).containsExactly("first", "second");
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    @DockerOnly("the same exception type on Podman, another text")
    void logsOfAMissingContainerAreNotFound() {
        assertThatThrownBy(() -> docker().containers().logs("berth-no-such-container", LogsOptions.all()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("The Docker engine answered 404 to GET /containers/berth-no-such-container/logs:"
                        + " No such container: berth-no-such-container");
    }
}
