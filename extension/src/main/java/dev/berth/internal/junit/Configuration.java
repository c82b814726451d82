package dev.berth.internal.junit;

import dev.berth.WithContainer;
import dev.berth.internal.container.Settings;
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
        try {
            return Settings.from(key -> parameter(context, key).orElse(null));
        } catch (Settings.Invalid e) {
            throw new ExtensionConfigurationException("Configuration parameter " + e.getMessage() + ": fix it in"
                    + " junit-platform.properties, the build's configuration parameters or the -D" + e.key
                    + " system property.", e);
        }
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
}
