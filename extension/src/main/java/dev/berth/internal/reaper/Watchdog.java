package dev.berth.internal.reaper;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Launches {@link ReaperMain} as a small separate JVM that watches this JVM's process and sweeps once it is gone.
 *
 * <p>Where there is a {@code /bin/sh}, the watchdog is started in the background by a shell that exits at once, so
 * it is not this JVM's child: no JDK thread then waits on it in native code, which would hold every exit of this JVM
 * for 300 ms (the JDK waits that long at exit for threads in native code, JDK 17's {@code VM_Exit}). Elsewhere it is
 * a plain child process.
 */
final class Watchdog {

    private static final Path SHELL = Path.of("/bin/sh");

    /**
     * Runs the command in {@code $0 $@} detached, its standard streams closed, at a lower scheduling priority where
     * {@code nice} exists (it boots while the tests start their containers and then only waits), and prints its
     * process id.
     */
    private static final String DETACH = "if command -v nice >/dev/null 2>&1; then set -- nice -n 10 \"$0\" \"$@\";"
            + " else set -- \"$0\" \"$@\"; fi; \"$@\" </dev/null >/dev/null 2>&1 & echo $!";

    private Watchdog() {
    }

    /**
     * @return the watchdog's process id
     * @throws IOException when it could not be launched
     */
    static long launch(EngineAddress address, String sessionLabel) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java").toString());
        command.addAll(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx24m", "-Xss256k", "-XX:-UsePerfData", "-Djava.awt.headless=true"));
        command.add("-cp");
        command.add(classPath());
        command.add(ReaperMain.class.getName());
        command.add(sessionLabel);
        ProcessHandle self = ProcessHandle.current();
        command.add(Long.toString(self.pid()));
        command.add(self.info().startInstant().map(i -> Long.toString(i.toEpochMilli())).orElse("-"));
        command.addAll(address.toArgs());
        if (isWindows() || !Files.isExecutable(SHELL)) {
            Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            child.getOutputStream().close();
            return child.pid();
        }
        command.addAll(0, List.of(SHELL.toString(), "-c", DETACH));
        Process shell = new ProcessBuilder(command).redirectErrorStream(true).start();
        shell.getOutputStream().close();
        String output;
        try (InputStream in = shell.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        try {
            shell.waitFor();
            return Long.parseLong(output.substring(output.lastIndexOf('\n') + 1).trim());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while launching the watchdog", e);
        } catch (NumberFormatException e) {
            throw new IOException("the shell that launches the watchdog printed [" + output + "] instead of its process id", e);
        }
    }

    /** Berth's own jar (or classes folder) suffices: the watchdog's classes use the JDK only. */
    private static String classPath() {
        CodeSource source = ReaperMain.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                return new File(source.getLocation().toURI()).getPath();
            } catch (URISyntaxException | IllegalArgumentException e) {
                // fall through to the JVM's class path
            }
        }
        return System.getProperty("java.class.path");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
