package dev.berth;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Masks values that look secret (names containing PASSWORD, SECRET or TOKEN) before they reach a message,
 * a {@code toString()} or a log.
 */
final class Secrets {

    static final String MASK = "******";

    private Secrets() {
    }

    static boolean isSecretName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.contains("PASSWORD") || upper.contains("SECRET") || upper.contains("TOKEN");
    }

    static Map<String, String> maskEnv(Map<String, String> env) {
        Map<String, String> masked = new LinkedHashMap<>();
        env.forEach((k, v) -> masked.put(k, isSecretName(k) ? MASK : v));
        return masked;
    }
}
