package dev.berth.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Parses memory sizes as the docker CLI takes them: {@code 512}, {@code 512b}, {@code 64k}, {@code 256m},
 * {@code 1g} (binary units).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Sizes {

    private Sizes() {
    }

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(?:([bkmgt])(?:i?b)?)?");

    public static long parse(String size) {
        if (size == null || size.isBlank()) {
            throw invalid(size);
        }
        Matcher m = SIZE.matcher(size.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw invalid(size);
        }
        String unit = m.group(2) == null ? "b" : m.group(2);
        int shift = "bkmgt".indexOf(unit) * 10;
        try {
            long value = Long.parseLong(m.group(1));
            if (value <= 0) {
                throw invalid(size);
            }
            return Math.multiplyExact(value, 1L << shift);
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(size);
        }
    }

    private static IllegalArgumentException invalid(String size) {
        return new IllegalArgumentException("memory size \"" + size + "\" cannot be parsed: use a positive number with an"
                + " optional unit b, k, m or g, e.g. \"256m\" or \"1g\"");
    }
}
