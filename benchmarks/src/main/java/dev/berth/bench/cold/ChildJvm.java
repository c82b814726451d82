package dev.berth.bench.cold;

import dev.berth.bench.classpath.ClasspathCensus;
import dev.berth.bench.contender.Contenders;
import dev.berth.bench.contender.Fixture;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a fresh JVM running {@link ColdMain} for one contender, with a classpath of the benchmark's own classes and
 * that contender's library only (nothing for raw): what a test JVM using that library would load. A library the
 * build-time dependency tree does not know (put on the classpath by hand) gets the runner's whole classpath.
 */
public final class ChildJvm {

    private final ClasspathCensus census;

    public ChildJvm(ClasspathCensus census) {
        this.census = census;
    }

    /** @return a process builder for {@code ColdMain <contender> <mode>}, with {@code env} added */
    public ProcessBuilder builder(Contenders contender, String mode, Map<String, String> env) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classpath(contender));
        command.add(ColdMain.class.getName());
        command.add(contender.key());
        command.add(mode);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BERTH_BENCH_RUN", Fixture.RUN_ID);
        builder.environment().putAll(env);
        return builder;
    }

    /** @return the child's classpath for {@code contender} */
    public String classpath(Contenders contender) {
        List<String> entries = new ArrayList<>();
        entries.add(ClasspathCensus.benchmarkCode().toString());
        String library = switch (contender) {
            case RAW -> null;
            case BERTH -> ClasspathCensus.BERTH;
            case TESTCONTAINERS -> ClasspathCensus.TESTCONTAINERS;
        };
        if (library == null) {
            return entries.get(0);
        }
        List<Path> jars = census.jarsOf(library);
        if (jars.isEmpty()) {
            // put on the classpath by hand, not through the build: the child gets the runner's whole classpath
            return System.getProperty("java.class.path");
        }
        jars.forEach(jar -> entries.add(jar.toString()));
        return String.join(File.pathSeparator, entries);
    }
}
