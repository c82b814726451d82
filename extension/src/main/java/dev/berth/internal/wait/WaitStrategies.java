package dev.berth.internal.wait;

import dev.berth.WaitStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The built-in wait strategies as immutable records; {@link Waiter} runs them.
 */
public final class WaitStrategies {

    private WaitStrategies() {
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
        return new All(List.of(strategies), timeout);
    }

    /** Ready when running. */
    public record Running(Duration timeoutOrNull) implements WaitStrategy {
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
    public record Log(String regex, int times, Duration timeoutOrNull) implements WaitStrategy {
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
    public record Port(int port, Duration timeoutOrNull) implements WaitStrategy {
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
    public record Healthy(Duration timeoutOrNull) implements WaitStrategy {
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
    public record Command(List<String> command, Duration timeoutOrNull) implements WaitStrategy {
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
    public record Exited(Duration timeoutOrNull) implements WaitStrategy {
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
    public record All(List<WaitStrategy> strategies, Duration timeoutOrNull) implements WaitStrategy {
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
}
