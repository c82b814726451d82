package dev.berth.internal.junit;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Collects configuration problems so that one failure reports all of them, before any container starts. */
final class Problems {

    private final List<String> messages = new ArrayList<>();

    void add(String message) {
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    void throwIfAny() {
        if (messages.isEmpty()) {
            return;
        }
        if (messages.size() == 1) {
            throw new ExtensionConfigurationException(messages.get(0));
        }
        StringBuilder text = new StringBuilder("Berth found " + messages.size() + " configuration problems:");
        for (String message : messages) {
            text.append("\n- ").append(message);
        }
        throw new ExtensionConfigurationException(text.toString());
    }
}
