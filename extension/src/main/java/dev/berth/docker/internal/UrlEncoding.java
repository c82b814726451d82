package dev.berth.docker.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * Encodes path segments and query values for engine URLs.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class UrlEncoding {

    private UrlEncoding() {
    }

    public static String encodeQuery(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Encodes one path segment (an id, a name, an image reference with its slashes kept as the engine expects). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/").replace("%3A", ":");
    }
}
