package dev.berth;

import dev.berth.internal.wait.WaitStrategies;
import org.apiguardian.api.API;

/**
 * {@code Wait} creates {@link WaitStrategy}s: the programmatic equivalents of {@link WaitFor}.
 *
 * <pre>{@code
 * ContainerSpec.of("busybox:stable").withCommand("httpd", "-f", "-p", "8080")
 *         .withExposedPorts(8080).withWaitFor(Wait.forPort(8080).withTimeout(Duration.ofSeconds(30)));
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Wait {

    private Wait() {
    }

    /**
     * Ready when the container runs (the default).
     *
     * @return the strategy
     */
    public static WaitStrategy forRunning() {
        return WaitStrategies.running(null);
    }

    /**
     * Ready when {@code times} log lines (stdout or stderr) match {@code regex} ({@code find} semantics). Follows
     * the log stream; no polling.
     *
     * @param regex a regular expression matched against each line
     * @param times how many matching lines are needed, at least 1
     * @return the strategy
     */
    public static WaitStrategy forLogMessage(String regex, int times) {
        return WaitStrategies.log(regex, times, null);
    }

    /**
     * Ready when something listens on {@code port} inside the container. Checked from the host's view of the
     * container's network namespace when the engine is local (nothing needed inside the image), else by exec.
     *
     * @param port the container port
     * @return the strategy
     */
    public static WaitStrategy forPort(int port) {
        return WaitStrategies.port(port, null);
    }

    /**
     * Ready when {@code GET path} on the container's first published port answers 200.
     *
     * @param path e.g. {@code /health}
     * @return the strategy; refine with {@link HttpWaitStrategy#forPort} and {@link HttpWaitStrategy#forStatus}
     */
    public static HttpWaitStrategy forHttp(String path) {
        return new HttpWaitStrategy(path, 0, 200, null);
    }

    /**
     * Ready when the engine reports the container healthy (its HEALTHCHECK). Asks the engine for the container's
     * state (inspect) until its health status is {@code healthy}, pausing between the asks (from 20 ms, doubling up
     * to 250 ms) and waking at once when the container exits. Fails at once, without waiting for the timeout, when
     * the container has no health check (its image defines no {@code HEALTHCHECK}, or disables it): the engine would
     * never report it healthy.
     *
     * @return the strategy
     */
    public static WaitStrategy forHealthy() {
        return WaitStrategies.healthy(null);
    }

    /**
     * Ready when the command, exec'd in the container, exits 0.
     *
     * @param command the argv
     * @return the strategy
     */
    public static WaitStrategy forCommand(String... command) {
        return WaitStrategies.command(command, null);
    }

    /**
     * Ready when the container has exited (for one-shot containers), whatever its exit code. Blocks on the
     * engine's wait endpoint; no polling.
     *
     * @return the strategy
     */
    public static WaitStrategy forExit() {
        return WaitStrategies.exited(null);
    }

    /**
     * Ready when every strategy holds, checked in order within the overall timeout.
     *
     * @param strategies the strategies
     * @return the strategy
     */
    public static WaitStrategy all(WaitStrategy... strategies) {
        return WaitStrategies.all(strategies, null);
    }
}
