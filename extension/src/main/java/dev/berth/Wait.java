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

    /**
     * Ready when one of the strategies holds. They are awaited at the same time, each within its own timeout and
     * this one's; when one holds, Berth stops waiting for the others. When none holds, the failure says what each
     * was waiting for and what it saw.
     *
     * @param strategies the strategies, at least one
     * @return the strategy
     * @throws IllegalArgumentException when none is given
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public static WaitStrategy any(WaitStrategy... strategies) {
        return WaitStrategies.any(strategies, null);
    }

    /**
     * Ready when a check of your own returns true: a query that answers, a topic that exists, a file that appears.
     * This is how users add a wait (for users).
     *
     * <pre>{@code
     * Wait.until("the database answers a query", db -> {
     *     try (Connection c = DriverManager.getConnection(url(db))) {
     *         return c.createStatement().execute("SELECT 1");
     *     }
     * }).withTimeout(Duration.ofSeconds(30));
     * }</pre>
     *
     * <p>Berth calls the check on a thread of its own, again and again with a pause between the calls (from 20 ms,
     * doubling up to 250 ms), until it returns true. An exception it throws counts as "not ready yet"; the last one is
     * shown in the failure's message and is its cause. The same guarantees as the built-in waits hold: the timeout
     * ({@link WaitStrategy#withTimeout}, else {@code berth.wait.timeout}), even when a call blocks (the call is
     * interrupted when the wait ends); a failure at once when the container exits while waited on; and the startup
     * report with what was awaited (the description), the container's state and its last log lines.
     *
     * <p>Two strategies made by {@code until} are equal when their descriptions, their checks (the same object: a
     * lambda equals only itself) and their timeouts are.
     *
     * @param description what is awaited, for messages, e.g. {@code "the database answers a query"}
     * @param check called until it returns true
     * @return the strategy
     * @throws IllegalArgumentException when the description is blank
     * @since 0.2.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public static WaitStrategy until(String description, Check check) {
        return WaitStrategies.until(description, check, null);
    }

    /**
     * {@code Check} tells whether a container is ready, for {@link Wait#until}; for users.
     *
     * @since 0.2.0
     */
    @FunctionalInterface
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public interface Check {

        /**
         * Checks once whether the container is ready. Called again until it returns true; may block (it is
         * interrupted when the wait ends).
         *
         * @param container the container waited on
         * @return whether it is ready
         * @throws Exception when it is not ready yet (counts as {@code false}; the last one is reported)
         */
        boolean ready(ContainerHandle container) throws Exception;
    }
}
