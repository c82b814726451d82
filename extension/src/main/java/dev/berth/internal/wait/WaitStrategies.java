package dev.berth.internal.wait;

import dev.berth.HttpWaitStrategy;
import dev.berth.Wait;
import dev.berth.WaitStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The built-in wait strategies as immutable records with value equality; {@link Waiter} runs them. Each says itself
 * how the waiter waits for it ({@link Awaitable}), so the waiter needs no list of the known kinds, and a user's own
 * check ({@link Wait#until}) is one of them.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class WaitStrategies {

    private WaitStrategies() {
    }

    /** A strategy the {@link Waiter} can run: it calls the waiter's way of waiting for its kind. */
    interface Awaitable extends WaitStrategy {
        void awaitWith(Waiter waiter, long deadline) throws WaitFailure, InterruptedException;
    }

    /**
     * @return how the waiter runs {@code strategy}
     * @throws IllegalArgumentException for a class that implements {@link WaitStrategy} itself
     */
    static Awaitable awaitable(WaitStrategy strategy) {
        if (strategy instanceof Awaitable awaitable) {
            return awaitable;
        }
        if (strategy instanceof HttpWaitStrategy http) {
            return new Http(http); // public, so it lives in dev.berth and cannot implement Awaitable
        }
        throw new IllegalArgumentException("A wait strategy must be made by Wait (Wait.until(description, check) for a check"
                + " of your own), but [" + strategy.getClass().getName() + "] implements WaitStrategy itself, which Berth cannot"
                + " run: write its check as Wait.until(\"" + strategy.description() + "\", container -> ..), which Berth polls"
                + " with the same timeout, exit detection and report as its own waits.");
    }

    /**
     * Checks, where a wait is declared, that Berth can run it.
     *
     * @return the strategy
     * @throws IllegalArgumentException for a class that implements {@link WaitStrategy} itself
     */
    public static WaitStrategy requireRunnable(WaitStrategy strategy) {
        awaitable(Objects.requireNonNull(strategy, "waitFor"));
        return strategy;
    }

    public static WaitStrategy until(String description, Wait.Check check, Duration timeout) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(check, "check");
        if (description.isBlank()) {
            throw new IllegalArgumentException("Wait.until requires a description of what is awaited, e.g. \"a query answers\","
                    + " for the messages, but it was blank");
        }
        return new Until(description.strip(), check, timeout);
    }

    public static WaitStrategy any(WaitStrategy[] strategies, Duration timeout) {
        if (strategies.length == 0) {
            throw new IllegalArgumentException("Wait.any requires at least one strategy");
        }
        List.of(strategies).forEach(WaitStrategies::requireRunnable);
        return new Any(List.of(strategies), timeout);
    }

    public static Duration positive(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("a wait timeout must be positive, but was " + timeout);
        }
        return timeout;
    }

    public static WaitStrategy running(Duration timeout) {
        return new Running(timeout);
    }

    public static WaitStrategy log(String regex, int times, Duration timeout) {
        if (times < 1) {
            throw new IllegalArgumentException("Wait.forLogMessage requires times >= 1, but was " + times);
        }
        Pattern.compile(Objects.requireNonNull(regex, "regex")); // a bad regex fails here, where it is declared
        return new Log(regex, times, timeout);
    }

    public static WaitStrategy port(int port, Duration timeout) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Wait.forPort requires a port in 1..65535, but was " + port);
        }
        return new Port(port, timeout);
    }

    public static WaitStrategy healthy(Duration timeout) {
        return new Healthy(timeout);
    }

    public static WaitStrategy command(String[] command, Duration timeout) {
        if (command.length == 0) {
            throw new IllegalArgumentException("Wait.forCommand requires a command");
        }
        return new Command(List.of(command), timeout);
    }

    public static WaitStrategy exited(Duration timeout) {
        return new Exited(timeout);
    }

    public static WaitStrategy all(WaitStrategy[] strategies, Duration timeout) {
        List.of(strategies).forEach(WaitStrategies::requireRunnable);
        return new All(List.of(strategies), timeout);
    }

    /** Ready when running. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public record Running(Duration timeoutOrNull) implements Awaitable {
        @Override
        public void awaitWith(Waiter waiter, long deadline) throws WaitFailure, InterruptedException {
            waiter.awaitRunning();
        }

        @Override
        public Optional<Duration> timeout() {
            return Optional.ofNullable(timeoutOrNull);
        }

        @Override
        public WaitStrategy withTimeout(Duration timeout) {
            return new Running(positive(timeout));
        }

        @Override
        public String description() {
            return "the container running";
        }
    }

    /**
     * Ready after {@code times} matching log lines. Holds the regex as text, not a {@link Pattern} (which equals only
     * itself), so that equal declarations make equal specs and a shared container is started once.
     */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public record Log(String regex, int times, Duration timeoutOrNull) implements Awaitable {
        @Override
        public void awaitWith(Waiter waiter, long deadline) throws WaitFailure, InterruptedException {
            waiter.awaitLog(this, deadline);
        }

        /** @return the regex, compiled */
        public Pattern pattern() {
            return Pattern.compile(regex);
        }

        @Override
        public Optional<Duration> timeout() {
            return Optional.ofNullable(timeoutOrNull);
        }

        @Override
        public WaitStrategy withTimeout(Duration timeout) {
            return new Log(regex, times, positive(timeout));
        }

        @Override
        public String description() {
            return (times == 1 ? "a log line" : times + " log lines") + " matching /" + regex + "/";
        }
    }

    /** Ready when the port listens inside the container. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public record Port(int port, Duration timeoutOrNull) implements Awaitable {
        @Override
        public void awaitWith(Waiter waiter, long deadline) throws WaitFailure, InterruptedException {
            waiter.awaitPort(this, deadline);
        }

        @Override
        public Optional<Duration> timeout() {
            return Optional.ofNullable(timeoutOrNull);
        }

        @Override
        public WaitStrategy withTimeout(Duration timeout) {
            return new Port(port, positive(timeout));
        }

        @Override
        public String description() {
            return "port " + port + " listening inside the container";
        }
    }

    /** Ready when the engine reports healthy. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public record Healthy(Duration timeoutOrNull) implements Awaitable {
        @Override
        public void awaitWith(Waiter waiter, long deadline) throws WaitFailure, InterruptedException {
            waiter.awaitHealthy(deadline);
        }

        @Override
        public Optional<Duration> timeout() {
            return Optional.ofNullable(timeoutOrNull);
        }

        @Override
        public WaitStrategy withTimeout(Duration timeout) {
            return new Healthy(positive(timeout));
        }

        @Override
        public String description() {
            return "the container's health check reporting healthy";
        }
    }

    /** Ready when an exec exits 0. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public record Command(List<String> command, Duration timeoutOrNull) implements Awaitable {
        @Override
        public void awaitWith(Waiter waiter, long deadline) throws WaitFailure, InterruptedException {
            waiter.awaitCommand(this, deadline);
        }

        @Override
        public Optional<Duration> timeout() {
            return Optional.ofNullable(timeoutOrNull);
        }

        @Override
        public WaitStrategy withTimeout(Duration timeout) {
            return new Command(command, positive(timeout));
        }

        @Override
        public String description() {
            return "command " + command + " exiting 0";
        }
    }

    /** Ready when the container has exited. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public record Exited(Duration timeoutOrNull) implements Awaitable {
        @Override
        public void awaitWith(Waiter waiter, long deadline) throws WaitFailure, InterruptedException {
            waiter.awaitExit(deadline);
        }

        @Override
        public Optional<Duration> timeout() {
            return Optional.ofNullable(timeoutOrNull);
        }

        @Override
        public WaitStrategy withTimeout(Duration timeout) {
            return new Exited(positive(timeout));
        }

        @Override
        public String description() {
            return "the container exiting";
        }
    }

    /** Ready when all hold. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public record All(List<WaitStrategy> strategies, Duration timeoutOrNull) implements Awaitable {
        @Override
        public void awaitWith(Waiter waiter, long deadline) throws WaitFailure, InterruptedException {
            waiter.awaitAll(this, deadline);
        }

        @Override
        public Optional<Duration> timeout() {
            return Optional.ofNullable(timeoutOrNull);
        }

        @Override
        public WaitStrategy withTimeout(Duration timeout) {
            return new All(strategies, positive(timeout));
        }

        @Override
        public String description() {
            return strategies.stream().map(WaitStrategy::description).collect(Collectors.joining(" and "));
        }
    }

    /**
     * Ready when a user's check returns true ({@link Wait#until}). Equal to another only with the same description,
     * the same check object and the same timeout: a lambda equals only itself.
     */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public record Until(String description, Wait.Check check, Duration timeoutOrNull) implements Awaitable {
        @Override
        public void awaitWith(Waiter waiter, long deadline) throws WaitFailure, InterruptedException {
            waiter.awaitCheck(this, deadline);
        }

        @Override
        public Optional<Duration> timeout() {
            return Optional.ofNullable(timeoutOrNull);
        }

        @Override
        public WaitStrategy withTimeout(Duration timeout) {
            return new Until(description, check, positive(timeout));
        }

        @Override
        public String toString() {
            return "Wait.until(" + description + ")";
        }
    }

    /** Ready when one holds. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public record Any(List<WaitStrategy> strategies, Duration timeoutOrNull) implements Awaitable {
        @Override
        public void awaitWith(Waiter waiter, long deadline) throws WaitFailure, InterruptedException {
            new AnyWait(waiter).await(this, deadline);
        }

        @Override
        public Optional<Duration> timeout() {
            return Optional.ofNullable(timeoutOrNull);
        }

        @Override
        public WaitStrategy withTimeout(Duration timeout) {
            return new Any(strategies, positive(timeout));
        }

        @Override
        public String description() {
            return strategies.stream().map(WaitStrategy::description).collect(Collectors.joining(", or ", "one of: ", ""));
        }
    }

    /** How the waiter runs an {@link HttpWaitStrategy}. */
    record Http(HttpWaitStrategy http) implements Awaitable {
        @Override
        public void awaitWith(Waiter waiter, long deadline) throws WaitFailure, InterruptedException {
            waiter.awaitHttp(http, deadline);
        }

        @Override
        public Optional<Duration> timeout() {
            return http.timeout();
        }

        @Override
        public WaitStrategy withTimeout(Duration timeout) {
            return new Http(http.withTimeout(timeout));
        }

        @Override
        public String description() {
            return http.description();
        }
    }
}
