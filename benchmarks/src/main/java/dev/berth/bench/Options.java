package dev.berth.bench;

import dev.berth.bench.contender.Contenders;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The runner's command line.
 *
 * @param scenarios the scenarios to run, by number or key; empty for all
 * @param iterations recorded iterations per timed scenario
 * @param warmup unrecorded iterations before them
 * @param coldRuns recorded runs per contender of the cold-process scenario
 * @param contenders the contenders wanted
 * @param relaunch whether to restart the JVM with Testcontainers' environment when it is missing
 * @param help whether to print the usage only
 */
record Options(Set<String> scenarios, int iterations, int warmup, int coldRuns, List<Contenders> contenders,
        boolean relaunch, boolean help) {

    static final String USAGE = """
            usage: java -cp 'target/berth-benchmarks.jar:target/lib/*' dev.berth.bench.BenchMain [options]
              --scenarios LIST    numbers or keys, comma-separated (default: all):
                                  1 lifecycle, 2 run-to-exit, 3 exec-echo, 4 exec-1mib, 5 copy-in, 6 copy-out,
                                  7 logs-100k, 8 parallel-16, 9 cold-process, 10 http-calls
              --iterations N      recorded iterations per timed scenario (default 15)
              --warmup N          warm-up iterations, not recorded (default 2; 1 at most for 7 and 8)
              --cold-runs N       recorded runs per contender of scenario 9 (default 5)
              --contenders LIST   raw, berth, testcontainers (or tc) (default: all that are built)
              --no-relaunch       do not restart the JVM with Testcontainers' environment; skip Testcontainers
                                  when it is missing
              --quick             --iterations 5 --warmup 1 --cold-runs 2
            """;

    private static final Set<String> KNOWN = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "lifecycle",
            "run-to-exit", "exec-echo", "exec-1mib", "copy-in", "copy-out", "logs-100k", "parallel-16", "cold-process",
            "http-calls");

    static Options parse(String[] args) {
        Set<String> scenarios = new LinkedHashSet<>();
        int iterations = 15;
        int warmup = 2;
        int coldRuns = 5;
        List<Contenders> contenders = List.of(Contenders.values());
        boolean relaunch = true;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scenarios" -> scenarios.addAll(List.of(value(args, ++i).split(",")));
                case "--iterations" -> iterations = positive(args, ++i);
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
                case "--cold-runs" -> coldRuns = positive(args, ++i);
                case "--contenders" -> contenders = Contenders.parse(value(args, ++i));
                case "--no-relaunch" -> relaunch = false;
                case "--quick" -> {
                    iterations = 5;
                    warmup = 1;
                    coldRuns = 2;
                }
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        scenarios.removeIf(String::isBlank);
        for (String s : scenarios) {
            if (!KNOWN.contains(s)) {
                throw new IllegalArgumentException("unknown scenario " + s + "\n" + USAGE);
            }
        }
        return new Options(scenarios, iterations, warmup, coldRuns, contenders, relaunch, help);
    }

    /** @return whether scenario {@code number} (or {@code key}) is selected */
    boolean selected(int number, String key) {
        return scenarios.isEmpty() || scenarios.contains(String.valueOf(number)) || scenarios.contains(key);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int positive(String[] args, int i) {
        int n = Integer.parseInt(value(args, i));
        if (n < 1) {
            throw new IllegalArgumentException(args[i - 1] + " must be at least 1");
        }
        return n;
    }
}
