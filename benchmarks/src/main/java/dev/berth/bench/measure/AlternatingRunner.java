package dev.berth.bench.measure;

import dev.berth.bench.contender.Contender;
import dev.berth.bench.scenario.Scenario;
import dev.berth.bench.scenario.Trial;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link Scenario} for several contenders, alternating them iteration by iteration (the order rotated each
 * round) so that the machine's drift falls on all alike; the first rounds are a warm-up and are not recorded. A
 * contender that fails drops out of the scenario with its error recorded; the others go on.
 */
public final class AlternatingRunner {

    private final int warmup;
    private final int iterations;
    private final PrintStream progress;

    public AlternatingRunner(int warmup, int iterations, PrintStream progress) {
        this.warmup = warmup;
        this.iterations = iterations;
        this.progress = progress;
    }

    /** @return the milliseconds of every recorded iteration, per contender name */
    public Samples run(Scenario scenario, List<Contender> contenders) {
        int warmup = Math.min(this.warmup, scenario.maxWarmup());
        Samples samples = new Samples(iterations, warmup);
        Map<Contender, Trial> trials = prepare(scenario, contenders, samples);
        try {
            for (int round = 0; round < warmup + iterations; round++) {
                List<Contender> order = rotate(new ArrayList<>(trials.keySet()), round);
                for (Contender c : order) {
                    iterate(c, trials, round >= warmup, samples);
                }
                progress.print(round < warmup ? "w" : ".");
                progress.flush();
            }
        } finally {
            progress.println();
            trials.forEach((c, t) -> cleanUpQuietly(c, t, samples));
        }
        return samples;
    }

    private Map<Contender, Trial> prepare(Scenario scenario, List<Contender> contenders, Samples samples) {
        Map<Contender, Trial> trials = new LinkedHashMap<>();
        for (Contender c : contenders) {
            try {
                trials.put(c, scenario.prepare(c));
            } catch (Exception | LinkageError e) {
                samples.fail(c.name(), "preparing: " + describe(e));
            }
        }
        return trials;
    }

    private void iterate(Contender c, Map<Contender, Trial> trials, boolean record, Samples samples) {
        Trial trial = trials.get(c);
        try {
            long start = System.nanoTime();
            trial.run();
            double millis = (System.nanoTime() - start) / 1e6;
            trial.afterRun();
            if (record) {
                samples.add(c.name(), millis);
            }
        } catch (Exception | LinkageError e) {
            samples.fail(c.name(), describe(e));
            trials.remove(c);
            cleanUpQuietly(c, trial, samples);
        }
    }

    private static List<Contender> rotate(List<Contender> list, int by) {
        List<Contender> rotated = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            rotated.add(list.get((i + by) % list.size()));
        }
        return rotated;
    }

    private static void cleanUpQuietly(Contender c, Trial trial, Samples samples) {
        try {
            trial.cleanUp();
        } catch (Exception | LinkageError e) {
            samples.fail(c.name(), "cleaning up: " + describe(e));
        }
    }

    /** @return the exception's class and message, and its root cause's */
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? text : text + " (cause " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
