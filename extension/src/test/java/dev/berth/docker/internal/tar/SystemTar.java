package dev.berth.docker.internal.tar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the system's GNU tar (a Debian base package, so on every machine that builds Berth) for the codec tests. */
final class SystemTar {

    private SystemTar() {
    }

    /** Runs {@code tar args..} in {@code dir}, with UTC times, and returns its standard output; it must exit 0. */
    static String run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tar"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("TZ", "UTC");
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("tar %s finished", command).isTrue();
        assertThat(process.exitValue()).as("tar %s exit code; output:%n%s", command, output).isZero();
        return output;
    }
}
