package dev.berth.bench;

import dev.berth.bench.classpath.ClasspathCensus;
import dev.berth.bench.cold.CallCounts;
import dev.berth.bench.cold.ChildJvm;
import dev.berth.bench.cold.ColdProcess;
import dev.berth.bench.cold.HttpCalls;
import dev.berth.bench.contender.Contender;
import dev.berth.bench.contender.Contenders;
import dev.berth.bench.measure.AlternatingRunner;
import dev.berth.bench.raw.RawEngine;
import dev.berth.bench.report.Report;
import dev.berth.bench.scenario.CopyIn;
import dev.berth.bench.scenario.CopyOut;
import dev.berth.bench.scenario.ExecEcho;
import dev.berth.bench.scenario.ExecMebibyte;
import dev.berth.bench.scenario.Lifecycle;
import dev.berth.bench.scenario.Logs;
import dev.berth.bench.scenario.ParallelStart;
import dev.berth.bench.scenario.RunToExit;
import dev.berth.bench.scenario.Scenario;
import dev.berth.bench.scenario.Workspace;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark runner: Berth beside Testcontainers and the raw engine, in one JVM run, contenders alternating
 * iteration by iteration. The report (Markdown) goes to stdout, progress and notes to stderr.
 *
 * <p>See {@code benchmarks/README.md} for the command and {@link Options#USAGE} for the options.
 */
public final class BenchMain {

    private final Options options;
    private final List<Contenders> contenders;
    private final PrintStream out = System.out;
    private final PrintStream progress = System.err;

    private BenchMain(Options options, List<Contenders> contenders) {
        this.options = options;
        this.contenders = contenders;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Options.USAGE);
            return;
        }
        List<String> notes = new ArrayList<>();
        List<Contenders> contenders = available(options.contenders(), notes);
        Map<String, String> missing = TestcontainersEnv.missing();
        if (contenders.contains(Contenders.TESTCONTAINERS) && !missing.isEmpty()) {
            if (options.relaunch() && !TestcontainersEnv.relaunched()) {
                System.err.println("Testcontainers needs " + TestcontainersEnv.assignments(missing)
                        + " in the environment; restarting with them (set them yourself to skip this)");
                System.exit(TestcontainersEnv.relaunch(BenchMain.class.getName(), args, missing));
            }
            notes.add("skipping Testcontainers: it needs " + TestcontainersEnv.assignments(missing));
            contenders.remove(Contenders.TESTCONTAINERS);
        }
        notes.forEach(System.err::println);
        new BenchMain(options, contenders).run();
    }

    private static List<Contenders> available(List<Contenders> wanted, List<String> notes) {
        List<Contenders> list = new ArrayList<>();
        for (Contenders c : Contenders.values()) {
            if (!wanted.contains(c)) {
                continue;
            }
            if (c.available()) {
                list.add(c);
            } else {
                notes.add("the " + c.key() + " contender is not built"
                        + (c == Contenders.BERTH ? " (build with -Pberth once berth-extension builds)" : ""));
            }
        }
        return list;
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        RawEngine engine = RawEngine.fromEnvironment();
        ClasspathCensus census = ClasspathCensus.ofThisJvm();
        Leftovers leftovers = new Leftovers(engine);
        Runtime.getRuntime().addShutdownHook(new Thread(leftovers::remove, "bench-cleanup"));
        MachineFacts.print(out, engine, census);
        out.println("- contenders: " + String.join(", ", contenders.stream().map(Contenders::key).toList())
                + "; " + options.iterations() + " iterations after " + options.warmup() + " warm-up, order rotated;"
                + " cold process " + options.coldRuns() + " runs");
        Report report = new Report(out, contenders.stream().map(Contenders::key).toList());
        runTimed(report);
        if (options.selected(9, "cold-process")) {
            progress.println("9 cold-process");
            report.cold(new ColdProcess(new ChildJvm(census), options.coldRuns(), progress).run(contenders));
        }
        if (options.selected(10, "http-calls")) {
            runCalls(report, new HttpCalls(new ChildJvm(census), RawEngine.socketFromEnvironment()));
        }
        report.summary();
        int removed = leftovers.remove();
        progress.printf("done in %.0f s%s%n", (System.nanoTime() - started) / 1e9,
                removed > 0 ? "; removed " + removed + " leftover containers" : "");
    }

    private void runTimed(Report report) throws Exception {
        List<Contender> instances = new ArrayList<>();
        try (Workspace workspace = new Workspace()) {
            for (Contenders c : contenders) {
                instances.add(c.create());
            }
            AlternatingRunner runner = new AlternatingRunner(options.warmup(), options.iterations(), progress);
            for (Scenario scenario : scenarios(workspace)) {
                if (options.selected(scenario.number(), scenario.key())) {
                    progress.println(scenario.number() + " " + scenario.key());
                    long start = System.nanoTime();
                    report.timed(scenario, runner.run(scenario, instances));
                    progress.printf("  (%.0f s)%n", (System.nanoTime() - start) / 1e9);
                }
            }
        } finally {
            for (Contender c : instances) {
                c.close();
            }
        }
    }

    private void runCalls(Report report, HttpCalls calls) {
        Map<String, CallCounts> counts = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (Contenders c : contenders) {
            progress.println("10 http-calls " + c.key());
            try {
                counts.put(c.key(), calls.measure(c));
            } catch (Exception e) {
                failures.put(c.key(), AlternatingRunner.describe(e));
            }
        }
        report.calls(counts, failures);
    }

    private static List<Scenario> scenarios(Workspace workspace) {
        return List.of(new Lifecycle(), new RunToExit(), new ExecEcho(), new ExecMebibyte(), new CopyIn(workspace),
                new CopyOut(workspace), new Logs(), new ParallelStart());
    }
}
