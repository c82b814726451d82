package dev.berth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.berth.docker.DockerClient;
import dev.berth.docker.model.ContainerSummary;
import dev.berth.internal.Session;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ListAssert;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs {@code *TestCase} fixtures through the Jupiter engine against the real Docker engine, and checks what they
 * did: {@code BerthTestKit.assertThat(run(MyTestCase.class)).hasSingleFailedTest().isInstanceOf(..).hasMessage(..)}.
 * Every run is followed by a check that nothing labelled with this JVM's session survived it.
 */
final class BerthTestKit {

    static final String IMAGE = "busybox:stable";

    private static final DockerClient DOCKER = DockerClient.fromEnvironment();

    private BerthTestKit() {
    }

    static DockerClient docker() {
        return DOCKER;
    }

    /** Runs the fixture classes in one launcher run (one root context). */
    static Run run(Class<?>... testCases) {
        return run(Map.of(), testCases);
    }

    static Run run(Map<String, String> configuration, Class<?>... testCases) {
        long start = System.nanoTime();
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(Arrays.stream(testCases).map(c -> selectClass(c)).toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .configurationParameters(configuration)
                .execute();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(results, millis);
    }

    /** The session's containers now. */
    static List<ContainerSummary> sessionContainers() {
        return DOCKER.containers().list(true, Map.of("label", List.of(Session.current().labelFilter())));
    }

    /** The session's networks now. */
    static List<String> sessionNetworks() {
        return DOCKER.networks().list(Map.of("label", List.of(Session.current().labelFilter()))).stream()
                .map(dev.berth.docker.model.Network::id).collect(Collectors.toList());
    }

    static RunAssert assertThat(Run run) {
        return new RunAssert(run);
    }

    /** A finished run. */
    record Run(EngineExecutionResults results, long millis) {

        Events tests() {
            return results.testEvents();
        }

        Events containers() {
            return results.containerEvents();
        }

        /** @return report entries published anywhere in the run, merged by key (last wins) */
        Map<String, String> reportEntries() {
            Map<String, String> entries = new HashMap<>();
            results.allEvents().reportingEntryPublished().stream()
                    .map(e -> e.getPayload(ReportEntry.class).orElseThrow())
                    .forEach(r -> entries.putAll(r.getKeyValuePairs()));
            return entries;
        }

        /** @return every value published under the key, in order */
        List<String> reported(String key) {
            return results.allEvents().reportingEntryPublished().stream()
                    .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get(key))
                    .filter(java.util.Objects::nonNull).collect(Collectors.toList());
        }

        List<Throwable> testFailures() {
            return failures(results.testEvents());
        }

        List<Throwable> containerFailures() {
            return failures(results.containerEvents());
        }

        private static List<Throwable> failures(Events events) {
            return events.failed().stream().map(Run::throwable).flatMap(Optional::stream).collect(Collectors.toList());
        }

        private static Optional<Throwable> throwable(Event event) {
            return event.getPayload(org.junit.platform.engine.TestExecutionResult.class).flatMap(r -> r.getThrowable());
        }

        @Override
        public String toString() {
            return "run of " + millis + " ms with events " + results.allEvents().stream()
                    .filter(e -> e.getType() == EventType.FINISHED).map(Event::toString).collect(Collectors.joining("\n", "\n", ""));
        }
    }

    /** Assertions on a run; each first checks that the run left nothing behind. */
    static final class RunAssert {
        private final Run run;

        RunAssert(Run run) {
            this.run = run;
            leftNothingBehind();
        }

        RunAssert leftNothingBehind() {
            org.assertj.core.api.Assertions.assertThat(sessionContainers()).as("containers of this session left after the run").isEmpty();
            org.assertj.core.api.Assertions.assertThat(sessionNetworks()).as("networks of this session left after the run").isEmpty();
            return this;
        }

        RunAssert succeeded(int tests) {
            List<Throwable> failures = new java.util.ArrayList<>(run.testFailures());
            failures.addAll(run.containerFailures());
            if (!failures.isEmpty()) {
                AssertionError e = new AssertionError("expected the run to succeed, but it failed: " + failures.get(0), failures.get(0));
                throw e;
            }
            run.tests().assertStatistics(s -> s.started(tests).succeeded(tests).failed(0).aborted(0).skipped(0));
            run.containers().assertStatistics(s -> s.failed(0));
            return this;
        }

        AbstractThrowableAssert<?, ? extends Throwable> hasSingleFailedTest() {
            run.tests().assertStatistics(s -> s.failed(1));
            return org.assertj.core.api.Assertions.assertThat(run.testFailures().get(0));
        }

        AbstractThrowableAssert<?, ? extends Throwable> hasSingleFailedContainer() {
            run.tests().assertStatistics(s -> s.started(0));
            run.containers().assertStatistics(s -> s.failed(1));
            return org.assertj.core.api.Assertions.assertThat(run.containerFailures().get(0));
        }

        ListAssert<Throwable> testFailures() {
            return org.assertj.core.api.Assertions.assertThat(run.testFailures());
        }
    }
}
