package dev.berth.internal.container;

import dev.berth.PullPolicy;
import java.time.Duration;

/**
 * Defaults that apply where a spec leaves a value to configuration ({@code berth.*} parameters).
 *
 * @param waitTimeout the wait timeout when a strategy sets none
 * @param pullPolicy the pull policy for {@link PullPolicy#DEFAULT}
 * @param logLinesOnFailure how many last log lines a failure report shows
 */
public record Settings(Duration waitTimeout, PullPolicy pullPolicy, int logLinesOnFailure) {

    public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_LOG_LINES = 100;

    public static Settings defaults() {
        return new Settings(DEFAULT_WAIT_TIMEOUT, PullPolicy.IF_MISSING, DEFAULT_LOG_LINES);
    }

    /** @return the defaults, overridden by the {@code berth.*} system properties that are set */
    public static Settings fromSystemProperties() {
        return from(System::getProperty);
    }

    /**
     * Reads {@code berth.wait.timeout}, {@code berth.pull.policy} and {@code berth.logs.lines} from a source
     * (system properties, or JUnit configuration parameters).
     *
     * @throws IllegalArgumentException naming the parameter when a value cannot be parsed
     */
    public static Settings from(java.util.function.UnaryOperator<String> source) {
        Settings d = defaults();
        Duration timeout = d.waitTimeout;
        PullPolicy policy = d.pullPolicy;
        int lines = d.logLinesOnFailure;
        String value = source.apply(WAIT_TIMEOUT);
        try {
            if (value != null && !value.isBlank()) {
                timeout = dev.berth.internal.Durations.parse(value);
            }
            value = source.apply(PULL_POLICY);
            if (value != null && !value.isBlank()) {
                policy = PullPolicy.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            }
            value = source.apply(LOG_LINES);
            if (value != null && !value.isBlank()) {
                lines = Integer.parseInt(value.trim());
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Berth configuration value [" + value + "] cannot be used: " + e.getMessage()
                    + ". Valid: " + WAIT_TIMEOUT + "=30s, " + PULL_POLICY + "=IF_MISSING|ALWAYS|NEVER, " + LOG_LINES + "=100", e);
        }
        return new Settings(timeout, policy == PullPolicy.DEFAULT ? PullPolicy.IF_MISSING : policy, lines);
    }

    /** Configuration key of the default wait timeout. */
    public static final String WAIT_TIMEOUT = "berth.wait.timeout";
    /** Configuration key of the default pull policy. */
    public static final String PULL_POLICY = "berth.pull.policy";
    /** Configuration key of the number of log lines in failure reports. */
    public static final String LOG_LINES = "berth.logs.lines";

    public PullPolicy effective(PullPolicy policy) {
        return policy == PullPolicy.DEFAULT ? pullPolicy : policy;
    }
}
