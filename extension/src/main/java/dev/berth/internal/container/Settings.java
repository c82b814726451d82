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

    public PullPolicy effective(PullPolicy policy) {
        return policy == PullPolicy.DEFAULT ? pullPolicy : policy;
    }
}
