package dev.berth.bench.measure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per contender, one value per iteration (index = iteration, so that values of different contenders pair up), and
 * the reason a contender dropped out, if it did.
 */
public final class Samples {

    private final Map<String, double[]> values = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final int capacity;
    private final int warmup;

    /**
     * @param capacity the number of iterations planned
     * @param warmup the number of warm-up iterations run before them
     */
    public Samples(int capacity, int warmup) {
        this.capacity = capacity;
        this.warmup = warmup;
    }

    /** Records the next value of {@code contender}. */
    public synchronized void add(String contender, double value) {
        int n = counts.merge(contender, 1, Integer::sum);
        values.computeIfAbsent(contender, k -> new double[capacity])[n - 1] = value;
    }

    /** Records why {@code contender} stopped. */
    public synchronized void fail(String contender, String reason) {
        failures.putIfAbsent(contender, reason);
    }

    /** @return the values of {@code contender}, in iteration order (empty if none) */
    public synchronized double[] of(String contender) {
        double[] v = values.get(contender);
        return v == null ? new double[0] : Arrays.copyOf(v, counts.get(contender));
    }

    /** @return why {@code contender} stopped, or null */
    public synchronized String failure(String contender) {
        return failures.get(contender);
    }

    /** @return the number of warm-up iterations run before the recorded ones */
    public int warmup() {
        return warmup;
    }

    /** @return the planned number of iterations */
    public int capacity() {
        return capacity;
    }
}
