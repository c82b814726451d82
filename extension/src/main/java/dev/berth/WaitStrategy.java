package dev.berth;

import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code WaitStrategy} says when a started container is ready for its tests. Create one with {@link Wait}; for a
 * check of your own (a query that answers, a file that appears) use {@link Wait#until(String, Wait.Check)}, which
 * Berth runs with the same timeout, exit detection and report as its own waits.
 *
 * <p>Immutable, with value equality. A wait that times out, or a container that exits while waited on, fails at once
 * with {@link ContainerStartupException}.
 *
 * <p>Not for implementing: Berth runs only strategies made by {@link Wait}. {@link ContainerSpec#withWaitFor},
 * {@link Wait#all} and {@link Wait#any} refuse a class that implements this interface itself, with
 * {@link IllegalArgumentException} saying to use {@link Wait#until} instead.
 *
 * @since 0.1.0
 * @see Wait
 * @see Wait#until(String, Wait.Check)
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface WaitStrategy {

    /**
     * Returns how long to wait at most; empty means the configured default
     * ({@code berth.wait.timeout}, itself 60 s unless set).
     *
     * @return the timeout, if set
     */
    Optional<Duration> timeout();

    /**
     * Returns a copy with the given timeout.
     *
     * @param timeout a positive duration
     * @return the copy
     */
    WaitStrategy withTimeout(Duration timeout);

    /**
     * Describes what is awaited, for messages, e.g. {@code port 8080 listening inside the container}.
     *
     * @return the description
     */
    String description();
}
