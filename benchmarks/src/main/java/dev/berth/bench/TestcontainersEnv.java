package dev.berth.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment Testcontainers needs on this offline machine. Testcontainers reads these three from environment
 * variables only (not from system properties or {@code ~/.testcontainers.properties}), so when one is missing the
 * runner starts itself again with them set; without the host override Testcontainers tries to pull {@code alpine}
 * for two minutes.
 */
final class TestcontainersEnv {

    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();
    private static final String RELAUNCHED = "BERTH_BENCH_RELAUNCHED";

    static {
        REQUIRED.put("TESTCONTAINERS_RYUK_DISABLED", "true");
        REQUIRED.put("TESTCONTAINERS_HOST_OVERRIDE", "127.0.0.1");
        REQUIRED.put("TESTCONTAINERS_CHECKS_DISABLE", "true");
    }

    private TestcontainersEnv() {
    }

    /** @return the variables not set in this process, with the value they need */
    static Map<String, String> missing() {
        Map<String, String> missing = new LinkedHashMap<>();
        REQUIRED.forEach((k, v) -> {
            if (System.getenv(k) == null) {
                missing.put(k, v);
            }
        });
        return missing;
    }

    /** @return whether this process is already the restarted one */
    static boolean relaunched() {
        return System.getenv(RELAUNCHED) != null;
    }

    /** @return the shell assignments a user would type, e.g. {@code A=1 B=2} */
    static String assignments(Map<String, String> env) {
        List<String> parts = new ArrayList<>();
        env.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(" ", parts);
    }

    /** Runs this same command again with {@code env} added, its output inherited. @return its exit code */
    static int relaunch(String mainClass, String[] args, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(env);
        builder.environment().put(RELAUNCHED, "1");
        return builder.start().waitFor();
    }
}
