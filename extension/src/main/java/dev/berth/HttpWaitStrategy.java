package dev.berth;

import dev.berth.internal.wait.WaitStrategies;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code HttpWaitStrategy} waits until an HTTP {@code GET} on a published port answers the expected status.
 * Create it with {@link Wait#forHttp(String)}. Immutable, with value equality: two with the same path, port, status
 * and timeout are equal (so equal declarations of a shared container make one container).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class HttpWaitStrategy implements WaitStrategy {

    private final String path;
    private final int port;
    private final int status;
    private final Duration timeout;

    HttpWaitStrategy(String path, int port, int status, Duration timeout) {
        this.path = Objects.requireNonNull(path, "path").startsWith("/") ? path : "/" + path;
        this.port = port;
        this.status = status;
        this.timeout = timeout;
    }

    /**
     * Asks on this container port (it must be published) instead of the first published one.
     *
     * @param containerPort the container port
     * @return a copy
     */
    public HttpWaitStrategy forPort(int containerPort) {
        return new HttpWaitStrategy(path, containerPort, status, timeout);
    }

    /**
     * Expects this status instead of 200.
     *
     * @param expectedStatus the HTTP status
     * @return a copy
     */
    public HttpWaitStrategy forStatus(int expectedStatus) {
        return new HttpWaitStrategy(path, port, expectedStatus, timeout);
    }

    @Override
    public HttpWaitStrategy withTimeout(Duration newTimeout) {
        return new HttpWaitStrategy(path, port, status, WaitStrategies.positive(newTimeout));
    }

    @Override
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** @return the path asked for */
    public String path() {
        return path;
    }

    /** @return the container port, 0 for the first published one */
    public int port() {
        return port;
    }

    /** @return the expected status */
    public int status() {
        return status;
    }

    @Override
    public String description() {
        return "HTTP GET " + path + " on " + (port == 0 ? "the first published port" : "port " + port) + " answering " + status;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpWaitStrategy other && path.equals(other.path) && port == other.port && status == other.status
                && Objects.equals(timeout, other.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, port, status, timeout);
    }

    @Override
    public String toString() {
        return "Wait.forHttp(" + description() + ")";
    }
}
