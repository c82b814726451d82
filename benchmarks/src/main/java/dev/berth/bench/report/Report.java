package dev.berth.bench.report;

import dev.berth.bench.cold.CallCounts;
import dev.berth.bench.cold.ColdProcess;
import dev.berth.bench.measure.Samples;
import dev.berth.bench.measure.Stats;
import dev.berth.bench.scenario.Scenario;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints each scenario's table as it completes (median, p90, median of paired ratios to raw, MB/s where data
 * moves), and at the end a summary with one row per scenario and the goal for Berth from issue 5.
 */
public final class Report {

    private static final String RAW = "raw";
    private static final String BERTH = "berth";
    private static final String TC = "testcontainers";

    private final PrintStream out;
    private final List<String> contenders;
    private final Table summary;

    /** @param contenders the contenders' names, raw (the baseline) first */
    public Report(PrintStream out, List<String> contenders) {
        this.out = out;
        this.contenders = contenders;
        this.summary = new Table("#", "scenario", "raw", "berth", "testcontainers", "berth/raw", "tc/raw",
                "goal berth/raw");
    }

    /** Reports a timed scenario. */
    public void timed(Scenario scenario, Samples samples) {
        boolean moves = scenario.bytesPerIteration() > 0;
        Table table = moves ? new Table("contender", "median ms", "p90 ms", "ratio to raw", "MB/s (median)")
                : new Table("contender", "median ms", "p90 ms", "ratio to raw");
        for (String c : contenders) {
            double[] v = samples.of(c);
            double median = Stats.median(v);
            table.row(c, Format.millis(median), Format.millis(Stats.percentile(v, 90)),
                    Format.ratio(Stats.pairedRatio(v, samples.of(RAW))),
                    moves ? Format.mbPerSecond(scenario.bytesPerIteration(), median) : null);
        }
        heading(scenario.number() + " " + scenario.key() + ": " + scenario.title(), samples);
        print(table, samples);
        String unit = moves ? " ms, " : " ms";
        summary.row(String.valueOf(scenario.number()), scenario.key(),
                cell(samples, RAW, unit, scenario), cell(samples, BERTH, unit, scenario),
                cell(samples, TC, unit, scenario), ratio(samples, BERTH), ratio(samples, TC),
                "≤ " + Format.ratio(scenario.goal()));
    }

    /** Reports scenario 9. */
    public void cold(ColdProcess.Result result) {
        Samples wall = result.wallMillis();
        Samples cpu = result.cpuSeconds();
        Table table = new Table("contender", "median wall s", "p90 wall s", "wall ratio to raw", "median CPU s",
                "p90 CPU s");
        for (String c : contenders) {
            double[] w = wall.of(c);
            double[] u = cpu.of(c);
            table.row(c, Format.seconds(Stats.median(w) / 1000), Format.seconds(Stats.percentile(w, 90) / 1000),
                    Format.ratio(Stats.pairedRatio(w, wall.of(RAW))), Format.seconds(Stats.median(u)),
                    Format.seconds(Stats.percentile(u, 90)));
        }
        heading("9 cold-process: a fresh JVM starts a container, execs echo, removes it, exits", wall);
        print(table, wall);
        summary.row("9", "cold-process", coldCell(wall, cpu, RAW), coldCell(wall, cpu, BERTH),
                coldCell(wall, cpu, TC), ratio(wall, BERTH), ratio(wall, TC), "≤ 1.15, < 0.5 CPU s");
    }

    /** Reports scenario 10; a contender whose child failed maps to its error message. */
    public void calls(Map<String, CallCounts> counts, Map<String, String> failures) {
        Table table = new Table("contender", "first use (setup incl.)", "lifecycle", "exec", "run-to-exit",
                "raw transport's own count");
        for (String c : contenders) {
            CallCounts n = counts.get(c);
            if (n == null) {
                table.row(c, "–", "–", "–", "–", failures.getOrDefault(c, ""));
                continue;
            }
            table.row(c, String.valueOf(n.firstUse()), String.valueOf(n.lifecycle()), String.valueOf(n.exec()),
                    String.valueOf(n.runToExit()),
                    n.ownLifecycle() < 0 ? "" : "lifecycle " + n.ownLifecycle() + ", exec " + n.ownExec());
        }
        out.println();
        out.println("### 10 http-calls: requests per lifecycle and per exec (counting proxy on a unix socket)");
        out.println();
        out.print(table);
        counts.forEach((c, n) -> {
            out.println("- " + c + " lifecycle: " + String.join(", ", strip(n.lifecycleRequests())));
            out.println("- " + c + " exec: " + String.join(", ", strip(n.execRequests())));
        });
        summary.row("10", "http-calls lifecycle / exec", callCell(counts, RAW), callCell(counts, BERTH),
                callCell(counts, TC), "", "", "≤ 4 per lifecycle");
    }

    /** Prints the summary of every scenario reported. */
    public void summary() {
        out.println();
        out.println("### Summary (medians; ratios are medians of per-iteration ratios)");
        out.println();
        out.print(summary);
    }

    private void heading(String title, Samples samples) {
        out.println();
        out.println("### " + title + " (" + samples.capacity() + " iterations after " + samples.warmup()
                + " warm-up)");
        out.println();
    }

    private void print(Table table, Samples samples) {
        out.print(table);
        for (String c : contenders) {
            if (samples.failure(c) != null) {
                out.println("- " + c + " failed: " + samples.failure(c));
            }
        }
    }

    private String cell(Samples samples, String contender, String unit, Scenario scenario) {
        double median = Stats.median(samples.of(contender));
        if (Double.isNaN(median)) {
            return "–";
        }
        String text = Format.millis(median) + unit;
        return scenario.bytesPerIteration() > 0
                ? text + Format.mbPerSecond(scenario.bytesPerIteration(), median) + " MB/s" : text;
    }

    private static String ratio(Samples samples, String contender) {
        return Format.ratio(Stats.pairedRatio(samples.of(contender), samples.of(RAW)));
    }

    private static String coldCell(Samples wall, Samples cpu, String contender) {
        double w = Stats.median(wall.of(contender));
        return Double.isNaN(w) ? "–"
                : Format.seconds(w / 1000) + " s wall, " + Format.seconds(Stats.median(cpu.of(contender))) + " s CPU";
    }

    private static String callCell(Map<String, CallCounts> counts, String contender) {
        CallCounts n = counts.get(contender);
        return n == null ? "–" : n.lifecycle() + " / " + n.exec();
    }

    private static List<String> strip(List<String> requestLines) {
        List<String> shown = new ArrayList<>();
        for (String line : requestLines) {
            String[] parts = line.split(" ");
            String target = parts.length > 1 ? parts[1].replaceAll("[0-9a-f]{64}", "{id}") : line;
            int query = target.indexOf('?');
            shown.add(parts[0] + " " + (query < 0 ? target : target.substring(0, query)));
        }
        return shown;
    }
}
