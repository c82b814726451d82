package dev.berth.internal.container;

import dev.berth.PullPolicy;
import dev.berth.WaitFor;
import dev.berth.WithContainer;
import dev.berth.internal.Durations;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * Defaults that apply where a spec leaves a value to configuration ({@code berth.*} parameters), read and checked
 * in one place for both sources: JUnit configuration parameters (the extension) and system properties
 * ({@code Containers.start}).
 *
 * @param waitTimeout the wait timeout when a strategy sets none
 * @param pullPolicy the pull policy for {@link PullPolicy#DEFAULT}
 * @param logLinesOnFailure how many last log lines a failure report shows
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record Settings(Duration waitTimeout, PullPolicy pullPolicy, int logLinesOnFailure) {

    public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_LOG_LINES = 100;

    /** Configuration key of the default wait timeout. */
    public static final String WAIT_TIMEOUT = WaitFor.DEFAULT_TIMEOUT_PROPERTY_NAME;
    /** Configuration key of the default pull policy. */
    public static final String PULL_POLICY = WithContainer.DEFAULT_PULL_POLICY_PROPERTY_NAME;
    /** Configuration key of the number of log lines in failure reports. */
    public static final String LOG_LINES = WithContainer.LOG_LINES_PROPERTY_NAME;

    public static Settings defaults() {
        return new Settings(DEFAULT_WAIT_TIMEOUT, PullPolicy.IF_MISSING, DEFAULT_LOG_LINES);
    }

    /**
     * @return the defaults, overridden by the {@code berth.*} system properties that are set
     * @throws IllegalArgumentException naming the property, the value and what it requires, when one is unusable
     */
    public static Settings fromSystemProperties() {
        try {
            return from(System::getProperty);
        } catch (Invalid e) {
            throw new IllegalArgumentException("System property " + e.getMessage() + ": fix or remove -D" + e.key + ".", e);
        }
    }

    /**
     * Reads {@code berth.wait.timeout}, {@code berth.pull.policy} and {@code berth.logs.lines} from a source;
     * missing and blank values keep the defaults.
     *
     * @param source the value of a key, or {@code null}
     * @return the settings
     * @throws Invalid when a value cannot be used
     */
    public static Settings from(UnaryOperator<String> source) {
        Settings d = defaults();
        String timeout = value(source, WAIT_TIMEOUT);
        String policy = value(source, PULL_POLICY);
        String lines = value(source, LOG_LINES);
        return new Settings(timeout == null ? d.waitTimeout : waitTimeout(timeout),
                policy == null ? d.pullPolicy : pullPolicy(policy), lines == null ? d.logLinesOnFailure : logLines(lines));
    }

    public PullPolicy effective(PullPolicy policy) {
        return policy == PullPolicy.DEFAULT ? pullPolicy : policy;
    }

    private static String value(UnaryOperator<String> source, String key) {
        String value = source.apply(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Duration waitTimeout(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new Invalid(WAIT_TIMEOUT, value, "a positive duration such as \"500ms\", \"30s\", \"2m\" or \"PT30S\"");
        }
    }

    private static PullPolicy pullPolicy(String value) {
        for (PullPolicy policy : new PullPolicy[] {PullPolicy.IF_MISSING, PullPolicy.ALWAYS, PullPolicy.NEVER}) {
            if (policy.name().equals(value.toUpperCase(Locale.ROOT))) {
                return policy;
            }
        }
        throw new Invalid(PULL_POLICY, value, "one of [IF_MISSING, ALWAYS, NEVER]");
    }

    private static int logLines(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Invalid(LOG_LINES, value, "a number of lines >= 0, e.g. 100");
    }

    /** A {@code berth.*} value that cannot be used; the message reads "[key] requires what, but it was "value"". */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** The configuration key. */
        public final String key;

        Invalid(String key, String value, String requires) {
            super("[" + key + "] requires " + requires + ", but it was \"" + value + "\"");
            this.key = key;
        }
    }
}
