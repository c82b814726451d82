package dev.berth.internal.junit;

import dev.berth.PullPolicy;
import dev.berth.WaitFor;
import dev.berth.WithContainer;
import dev.berth.internal.Durations;
import dev.berth.internal.container.Settings;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Reads Berth's {@code berth.*} configuration parameters (JUnit's, from the build or
 * {@code junit-platform.properties}), falling back to system properties.
 */
final class Configuration {

    private Configuration() {
    }

    static Settings settings(ExtensionContext context) {
        Settings defaults = Settings.defaults();
        Duration timeout = parameter(context, WaitFor.DEFAULT_TIMEOUT_PROPERTY_NAME).map(value -> {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw invalid(WaitFor.DEFAULT_TIMEOUT_PROPERTY_NAME, value,
                        "a positive duration such as \"500ms\", \"30s\", \"2m\" or \"PT30S\"");
            }
        }).orElse(defaults.waitTimeout());
        PullPolicy pull = parameter(context, WithContainer.DEFAULT_PULL_POLICY_PROPERTY_NAME).map(value -> {
            try {
                PullPolicy policy = PullPolicy.valueOf(value.trim().toUpperCase(Locale.ROOT));
                if (policy != PullPolicy.DEFAULT) {
                    return policy;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw invalid(WithContainer.DEFAULT_PULL_POLICY_PROPERTY_NAME, value, "one of "
                    + Arrays.toString(new PullPolicy[] {PullPolicy.IF_MISSING, PullPolicy.ALWAYS, PullPolicy.NEVER}));
        }).orElse(defaults.pullPolicy());
        int lines = parameter(context, WithContainer.LOG_LINES_PROPERTY_NAME).map(value -> {
            try {
                int n = Integer.parseInt(value.trim());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw invalid(WithContainer.LOG_LINES_PROPERTY_NAME, value, "a number of lines >= 0, e.g. 100");
        }).orElse(defaults.logLinesOnFailure());
        return new Settings(timeout, pull, lines);
    }

    static Optional<String> dockerHost(ExtensionContext context) {
        return parameter(context, WithContainer.DOCKER_HOST_PROPERTY_NAME);
    }

    /**
     * A configuration parameter, else the system property of that name: JUnit's own fallback to system properties
     * can be turned off (the engine test kit does), and Berth's settings must work the same everywhere.
     */
    private static Optional<String> parameter(ExtensionContext context, String key) {
        return context.getConfigurationParameter(key).or(() -> Optional.ofNullable(System.getProperty(key)))
                .map(String::trim).filter(v -> !v.isEmpty());
    }

    private static ExtensionConfigurationException invalid(String key, String value, String expected) {
        return new ExtensionConfigurationException("Configuration parameter [" + key + "] requires " + expected
                + ", but it was \"" + value + "\": fix it in junit-platform.properties, the build's configuration"
                + " parameters or the -D" + key + " system property.");
    }
}
