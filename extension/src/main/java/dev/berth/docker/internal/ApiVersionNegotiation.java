package dev.berth.docker.internal;

import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Chooses the Engine API version Berth speaks to one engine: a fixed one when configured, else the engine's
 * {@code Api-Version} from {@code /_ping}, capped at {@link #NEWEST_KNOWN_VERSION}. Also compares dotted versions
 * for callers whose request depends on the version. Thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ApiVersionNegotiation {

    /** The newest Engine API version this client is written for; a newer engine is spoken to in this one. */
    public static final String NEWEST_KNOWN_VERSION = "1.47";
    /** The oldest Engine API version Berth supports (Docker 20.10, Podman 4). */
    public static final String OLDEST_SUPPORTED_VERSION = "1.41";

    private final Supplier<String> engineVersion;
    private volatile String version;

    /**
     * @param fixedVersion the version to speak without asking, or {@code null} to negotiate
     * @param engineVersion asks the engine for its {@code Api-Version} ({@code null} when it sends none)
     */
    public ApiVersionNegotiation(String fixedVersion, Supplier<String> engineVersion) {
        this.version = fixedVersion;
        this.engineVersion = engineVersion;
    }

    /** @return the version to speak, asking the engine the first time when none was fixed */
    public String version() {
        if (version != null) {
            return version;
        }
        String engine = engineVersion.get();
        version = engine == null ? OLDEST_SUPPORTED_VERSION : min(engine, NEWEST_KNOWN_VERSION);
        return version;
    }

    static String min(String a, String b) {
        return compareVersions(a, b) <= 0 ? a : b;
    }

    /**
     * Compares dotted versions numerically.
     *
     * @param a one version, e.g. {@code 1.41}
     * @param b the other
     * @return negative, zero or positive as {@code a} is older than, the same as, or newer than {@code b}
     */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? digitsOf(x[i]) : 0;
            int yi = i < y.length ? digitsOf(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    /** @return the number the digits of {@code part} make ({@code "41-rc1"} gives 411, as before), 0 for none */
    private static int digitsOf(String part) {
        int value = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
            }
        }
        return value;
    }
}
