package dev.berth.samples.parallel;

import static dev.berth.assertions.BerthAssertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.WithContainer;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Sample 7: a suite run with JUnit's parallel execution (enabled in src/test/resources/junit-platform.properties).
 * Each repetition gets its own container, started and removed concurrently with the others.
 */
@Execution(ExecutionMode.CONCURRENT)
class ParallelSuiteTest {

    @RepeatedTest(6)
    @WithContainer(name = "worker", image = "busybox:stable", command = {"sleep", "300"})
    void eachRepetitionHasItsOwnContainer(ContainerHandle worker) {
        worker.putFile("/tmp/owner", worker.id());

        assertThat(worker.exec("cat", "/tmp/owner")).succeeded().hasStdout(worker.id());
        assertThat(worker.exec("sh", "-c", "ls /tmp | wc -l")).hasStdout("1");
    }
}
