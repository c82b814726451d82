package dev.berth;

import dev.berth.docker.internal.SecretNames;
import java.util.Map;

/**
 * Masks values that look secret (names containing PASSWORD, SECRET or TOKEN) before they reach a message,
 * a {@code toString()} or a log.
 */
final class Secrets {

    static final String MASK = SecretNames.MASK;

    private Secrets() {
    }

    static boolean isSecretName(String name) {
        return SecretNames.isSecret(name);
    }

    static Map<String, String> maskEnv(Map<String, String> env) {
        return SecretNames.mask(env);
    }
}
