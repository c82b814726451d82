package dev.berth.assertions;

import static dev.berth.assertions.error.ShouldBeRunning.shouldBeRunning;
import static dev.berth.assertions.error.ShouldExist.shouldExist;
import static dev.berth.assertions.error.ShouldHaveExited.shouldHaveExited;
import static dev.berth.assertions.error.ShouldHaveLabel.shouldHaveLabel;
import static dev.berth.assertions.error.ShouldHaveLogLineMatching.shouldHaveLogLineMatching;
import static dev.berth.assertions.error.ShouldHaveLogLineMatching.shouldHaveLogLineMatchingWithin;
import static dev.berth.assertions.error.ShouldNotBeRunning.shouldNotBeRunning;
import static org.assertj.core.description.Description.mostRelevantDescription;

import dev.berth.ContainerHandle;
import dev.berth.NoSuchContainerPathException;
import dev.berth.assertions.error.ContainerMessages;
import dev.berth.docker.NotFoundException;
import dev.berth.docker.model.ContainerState;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.InstanceOfAssertFactories;

/**
 * {@code ContainerAssert} checks a container: whether it runs, how it exited, its labels, its logs and its files.
 *
 * <pre>{@code
 * assertThat(web).isRunning().hasLabel("tier", "frontend").hasFile("/www/index.html");
 * assertThat(web).logs().contains("started");
 * assertThat(web).file("/www").isDirectory().hasMode(0755);
 * assertThat(web).hasLogLineMatchingWithin("listening on \\d+", Duration.ofSeconds(10));
 * }</pre>
 *
 * <p>Every failure message names the container by name, image and short id. Each check asks the engine when it
 * runs: nothing is cached.
 *
 * <h2>Soft assertions</h2>
 * Works in {@link BerthSoftAssertions} and with {@code SoftAssertions.proxy(ContainerAssert.class,
 * ContainerHandle.class, handle)}, including the navigations {@link #logs()} and {@link #file(String)}, which go
 * through the public {@code extracting(Function, InstanceOfAssertFactory)} that AssertJ 3.x soft proxies recognise
 * (see {@link ExecResultAssert}).
 *
 * @since 0.1.0
 * @see BerthAssertions#assertThat(ContainerHandle)
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class ContainerAssert extends AbstractObjectAssert<ContainerAssert, ContainerHandle> {

    private static final long POLL_INTERVAL_MILLIS = 100;

    /**
     * Creates an assertion on a container; prefer {@link BerthAssertions#assertThat(ContainerHandle)}.
     *
     * @param actual the container under test
     */
    public ContainerAssert(ContainerHandle actual) {
        super(actual, ContainerAssert.class);
    }

    /**
     * Verifies that the container is running now (a removed container is not).
     *
     * @return this assertion
     */
    public ContainerAssert isRunning() {
        isNotNull();
        if (!running()) {
            throw assertionError(shouldBeRunning(actual, state()));
        }
        return this;
    }

    /**
     * Verifies that the container is not running now (created, exited, dead or removed).
     *
     * @return this assertion
     */
    public ContainerAssert isNotRunning() {
        isNotNull();
        if (running()) {
            throw assertionError(shouldNotBeRunning(actual, state()));
        }
        return this;
    }

    /**
     * Verifies that the container has exited, with the given code. It does not wait: for a one-shot container, call
     * {@link ContainerHandle#waitForExit(Duration)} first (or wait with {@code @WaitFor(exited = true)}).
     *
     * @param expected the expected exit code of the container's main process
     * @return this assertion
     */
    public ContainerAssert hasExitCode(int expected) {
        isNotNull();
        ContainerState state = state();
        if (state == null || !"exited".equals(state.status()) || state.exitCode() != expected) {
            throw assertionError(shouldHaveExited(actual, expected, state));
        }
        return this;
    }

    /**
     * Verifies that the container carries a label with the given value.
     *
     * @param key the label's key
     * @param value the label's value
     * @return this assertion
     */
    public ContainerAssert hasLabel(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        isNotNull();
        Map<String, String> labels = actual.labels();
        if (!value.equals(labels.get(key))) {
            throw assertionError(shouldHaveLabel(actual, key, value, labels));
        }
        return this;
    }

    /**
     * Verifies that a path exists in the container (a file, a directory or a link). Use {@link #file(String)} to
     * check more about it.
     *
     * @param path an absolute path inside the container
     * @return this assertion
     */
    public ContainerAssert hasFile(String path) {
        Objects.requireNonNull(path, "path");
        isNotNull();
        try {
            actual.stat(path);
        } catch (NoSuchContainerPathException e) {
            throw assertionError(shouldExist(actual, path));
        }
        return this;
    }

    /**
     * Verifies that some line of the logs so far matches the regular expression ({@code find} semantics; stdout and
     * stderr, in arrival order). It does not wait: see {@link #hasLogLineMatchingWithin(String, Duration)}.
     *
     * @param regex the regular expression, matched against each line without its line break
     * @return this assertion
     */
    public ContainerAssert hasLogLineMatching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        isNotNull();
        String logs = actual.logs();
        if (!hasLineMatching(logs, pattern)) {
            throw assertionError(shouldHaveLogLineMatching(actual, regex, logs));
        }
        return this;
    }

    /**
     * Waits until some line of the logs matches the regular expression, for at most {@code timeout}; fails at once
     * when the container stops without having written such a line. Blocks the calling thread while it waits,
     * reading the logs anew every 100 ms.
     *
     * @param regex the regular expression, matched against each line without its line break ({@code find})
     * @param timeout how long to wait at most
     * @return this assertion
     */
    public ContainerAssert hasLogLineMatchingWithin(String regex, Duration timeout) {
        Pattern pattern = Pattern.compile(regex);
        Objects.requireNonNull(timeout, "timeout");
        isNotNull();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean running = running();
            String logs = actual.logs();
            if (hasLineMatching(logs, pattern)) {
                return this;
            }
            if (!running) {
                throw assertionError(shouldHaveLogLineMatchingWithin(actual, regex, timeout, logs, state()));
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw assertionError(shouldHaveLogLineMatchingWithin(actual, regex, timeout, logs));
            }
            pause(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, POLL_INTERVAL_MILLIS));
        }
    }

    /**
     * Navigates to an AssertJ string assertion on the container's logs so far (stdout and stderr in arrival order).
     * Its description is this assertion's, or {@code logs of container "web" (image, short id)} when there is none.
     *
     * @return the string assertion
     */
    public AbstractStringAssert<?> logs() {
        isNotNull();
        return extracting(ContainerHandle::logs, InstanceOfAssertFactories.STRING)
                .as(mostRelevantDescription(info.description(), "logs of " + ContainerMessages.container(actual)));
    }

    /**
     * Navigates to assertions on a path inside the container. Nothing is checked until a method of the returned
     * assertion is called.
     *
     * @param path an absolute path inside the container
     * @return the assertion on the path
     */
    public ContainerFileAssert file(String path) {
        Objects.requireNonNull(path, "path");
        isNotNull();
        return extracting(container -> new ContainerFileAssert.ContainerPath(container, path),
                BerthInstanceOfAssertFactories.CONTAINER_FILE);
    }

    private boolean running() {
        try {
            return actual.isRunning();
        } catch (NotFoundException e) {
            return false;
        }
    }

    private ContainerState state() {
        try {
            return actual.docker().containers().inspect(actual.id()).state();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static boolean hasLineMatching(String logs, Pattern pattern) {
        return ContainerMessages.lines(logs).stream().anyMatch(line -> pattern.matcher(line).find());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a log line", e);
        }
    }
}
