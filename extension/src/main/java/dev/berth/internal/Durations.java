package dev.berth.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Parses durations as the annotations take them: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, and
 * ISO-8601 {@code PT30S}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Durations {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private Durations() {
    }

    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(text);
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = SIMPLE.matcher(s);
        Duration d;
        if (m.matches()) {
            try {
                long n = Long.parseLong(m.group(1));
                switch (m.group(2)) {
                    case "ms": d = Duration.ofMillis(n); break;
                    case "s": d = Duration.ofSeconds(n); break;
                    case "m": d = Duration.ofMinutes(n); break;
                    default: d = Duration.ofHours(n); break;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // too large for a long, or for a Duration: an unusable value like any other, not a crash
                throw invalid(text);
            }
        } else {
            try {
                d = Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        if (d.isZero() || d.isNegative()) {
            throw invalid(text);
        }
        return d;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("duration \"" + text + "\" cannot be parsed: use a positive amount such as"
                + " \"500ms\", \"30s\", \"2m\", \"1h\" or ISO-8601 \"PT30S\"");
    }
}
