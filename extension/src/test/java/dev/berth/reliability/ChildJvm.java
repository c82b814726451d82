package dev.berth.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs a main class of the test classpath in a fresh JVM, with its own environment, heap, or user. */
final class ChildJvm {

    /** What the child printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    private final List<String> prefix = new ArrayList<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> env = new java.util.HashMap<>();
    private String classpath = System.getProperty("java.class.path");

    static ChildJvm of() {
        return new ChildJvm();
    }

    ChildJvm env(String key, String value) {
        env.put(key, value);
        return this;
    }

    ChildJvm option(String option) {
        jvmOptions.add(option);
        return this;
    }

    /**
     * Runs the child as user {@code nobody} (uid and gid 65534, no supplementary groups) with {@code setpriv}, on a copy
     * of the classpath that user may read.
     */
    ChildJvm asNobody(Path readableDir) throws IOException {
        List<String> copied = new ArrayList<>();
        int i = 0;
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path target = readableDir.resolve((i++) + "-" + source.getFileName());
            copyTree(source, target);
            copied.add(target.toString());
        }
        try (Stream<Path> all = Files.walk(readableDir)) {
            all.forEach(p -> p.toFile().setReadable(true, false));
        }
        try (Stream<Path> all = Files.walk(readableDir)) {
            all.filter(Files::isDirectory).forEach(p -> p.toFile().setExecutable(true, false));
        }
        classpath = String.join(java.io.File.pathSeparator, copied);
        prefix.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        return this;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    Result run(Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("DOCKER_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("child JVM ended: %s", output).isTrue();
        return new Result(process.exitValue(), output);
    }

    /** A child's main: pings the engine found from the environment, printing the outcome's type and message. */
    public static final class Ping {
        public static void main(String[] args) {
            try (dev.berth.docker.DockerClient docker = dev.berth.docker.DockerClient.fromEnvironment()) {
                docker.system().ping();
                System.out.print("OK");
            } catch (Throwable t) {
                System.out.print(t.getClass().getName() + "\n" + t.getMessage());
            }
        }
    }
}
