package dev.berth.bench.measure;

import java.util.Arrays;

/** Order statistics of small samples: median, nearest-rank percentiles and the median of paired ratios. */
public final class Stats {

    private Stats() {
    }

    /** @return the median (mean of the two middle values for an even count); NaN when empty */
    public static double median(double[] samples) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        double[] s = sorted(samples);
        int mid = s.length / 2;
        return s.length % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
    }

    /** @return the nearest-rank percentile {@code p} (0 to 100); NaN when empty */
    public static double percentile(double[] samples, double p) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        double[] s = sorted(samples);
        int rank = (int) Math.ceil(p / 100 * s.length);
        return s[Math.max(0, Math.min(s.length, rank) - 1)];
    }

    /**
     * @return the median over iterations {@code i} of {@code a[i] / b[i]}, over the iterations both have; NaN when
     *         none. Pairing cancels drift of the machine between iterations.
     */
    public static double pairedRatio(double[] a, double[] b) {
        int n = Math.min(a.length, b.length);
        double[] ratios = new double[n];
        for (int i = 0; i < n; i++) {
            ratios[i] = a[i] / b[i];
        }
        return median(ratios);
    }

    private static double[] sorted(double[] samples) {
        double[] s = samples.clone();
        Arrays.sort(s);
        return s;
    }
}
