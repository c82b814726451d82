package dev.berth.bench;

import dev.berth.bench.classpath.ClasspathCensus;
import dev.berth.bench.raw.Json;
import dev.berth.bench.raw.RawEngine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The facts a reader needs to compare runs: machine, JVM, engine, library versions and classpath sizes. */
final class MachineFacts {

    private MachineFacts() {
    }

    static void print(PrintStream out, RawEngine engine, ClasspathCensus census) {
        out.println("## Berth benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        out.println();
        out.println("- machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, " + memory() + " RAM, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        out.println("- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        out.println("- engine: " + engineVersion(engine) + ", image busybox:stable");
        out.println("- Testcontainers " + census.version(ClasspathCensus.TESTCONTAINERS) + ": runtime classpath "
                + census.footprint(ClasspathCensus.TESTCONTAINERS));
        ClasspathCensus.Footprint berth = census.footprint(ClasspathCensus.BERTH);
        out.println("- Berth " + (berth.jars() == 0 ? "(not built: -Pberth)" : census.version(ClasspathCensus.BERTH))
                + ": runtime classpath " + berth);
    }

    private static String engineVersion(RawEngine engine) {
        try {
            String json = engine.version();
            return "Docker " + Json.string(json, "Version") + " (API " + Json.string(json, "ApiVersion") + ")";
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.0f GiB", kib / 1048576.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: say so below
        }
        return "? GiB";
    }
}
