package dev.berth.bench.cold;

import dev.berth.bench.contender.Contenders;
import dev.berth.bench.measure.Samples;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 9: per contender, a fresh JVM that starts one container, execs {@code echo}, removes it and exits, timed
 * from outside: wall time from launch to exit, and CPU seconds of the whole process ({@link ChildCpu}). Contenders
 * alternate run by run, order rotated, after one warm-up round.
 */
public final class ColdProcess {

    private final ChildJvm jvm;
    private final int runs;
    private final PrintStream progress;

    public ColdProcess(ChildJvm jvm, int runs, PrintStream progress) {
        this.jvm = jvm;
        this.runs = runs;
        this.progress = progress;
    }

    /**
     * The measurements.
     *
     * @param wallMillis wall milliseconds per run
     * @param cpuSeconds CPU seconds per run (NaN without {@code /proc})
     */
    public record Result(Samples wallMillis, Samples cpuSeconds) {
    }

    public Result run(List<Contenders> contenders) throws IOException, InterruptedException {
        Samples wall = new Samples(runs, 1);
        Samples cpu = new Samples(runs, 1);
        List<Contenders> active = new ArrayList<>(contenders);
        Path output = Files.createTempFile("berth-bench-cold-", ".log");
        try {
            for (int round = 0; round <= runs; round++) {
                for (int i = 0; i < contenders.size(); i++) {
                    Contenders c = contenders.get((i + round) % contenders.size());
                    if (active.contains(c) && !once(c, round > 0, wall, cpu, output)) {
                        active.remove(c);
                    }
                }
                progress.print(round == 0 ? "w" : ".");
                progress.flush();
            }
        } finally {
            progress.println();
            Files.deleteIfExists(output);
        }
        return new Result(wall, cpu);
    }

    private boolean once(Contenders c, boolean record, Samples wall, Samples cpu, Path output)
            throws IOException, InterruptedException {
        ProcessBuilder builder = jvm.builder(c, "cold", Map.of()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        double cpuBefore = ChildCpu.seconds();
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            wall.fail(c.key(), "timed out after 120 s");
            return false;
        }
        double millis = (System.nanoTime() - start) / 1e6;
        double cpuSeconds = ChildCpu.seconds() - cpuBefore;
        if (process.exitValue() != 0) {
            wall.fail(c.key(), "exit " + process.exitValue() + ": " + tail(output));
            return false;
        }
        if (record) {
            wall.add(c.key(), millis);
            cpu.add(c.key(), cpuSeconds);
        }
        return true;
    }

    private static String tail(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
}
