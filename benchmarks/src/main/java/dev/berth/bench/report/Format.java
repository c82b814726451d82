package dev.berth.bench.report;

import java.util.Locale;

/** Number formats of the report; NaN shows as a dash. */
final class Format {

    private Format() {
    }

    static String millis(double ms) {
        return Double.isNaN(ms) ? "–" : String.format(Locale.ROOT, ms < 100 ? "%.1f" : "%.0f", ms);
    }

    static String seconds(double s) {
        return Double.isNaN(s) ? "–" : String.format(Locale.ROOT, "%.2f", s);
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f", r);
    }

    static String mbPerSecond(long bytes, double ms) {
        return Double.isNaN(ms) || bytes == 0 ? "–" : String.format(Locale.ROOT, "%.0f", bytes / 1e6 / (ms / 1000));
    }
}
