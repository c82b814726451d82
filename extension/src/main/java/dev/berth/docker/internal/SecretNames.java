package dev.berth.docker.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Tells which values look secret (their names contain PASSWORD, SECRET or TOKEN) and masks them before they reach
 * a message, a {@code toString()} or a log.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class SecretNames {

    /** What a secret value is shown as. */
    public static final String MASK = "******";

    private SecretNames() {
    }

    /** @return whether a variable of this name holds a secret */
    public static boolean isSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.contains("PASSWORD") || upper.contains("SECRET") || upper.contains("TOKEN");
    }

    /** @return the map with secret values masked, in the same order */
    public static Map<String, String> mask(Map<String, String> env) {
        Map<String, String> masked = new LinkedHashMap<>();
        env.forEach((k, v) -> masked.put(k, isSecret(k) ? MASK : v));
        return masked;
    }

    /** @return {@code KEY=value} entries with secret values masked */
    public static List<String> maskEntries(List<String> entries) {
        List<String> masked = new ArrayList<>(entries.size());
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            masked.add(eq > 0 && isSecret(entry.substring(0, eq)) ? entry.substring(0, eq + 1) + MASK : entry);
        }
        return masked;
    }
}
