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
import java.util.Locale;

/**
 * Launches {@link ReaperMain} as a small separate JVM that watches this JVM's process and sweeps once it is gone.
 *
 * <p>Where there is a {@code /bin/sh}, the watchdog is forked in the background by a shell that exits at once, so
 * it is not this JVM's child: no JDK thread then waits on it in native code, which would hold every exit of this JVM
 * for 300 ms (the JDK waits that long at exit for threads in native code, JDK 17's {@code VM_Exit}). Elsewhere it is
 * a plain child process.
 */
final class Watchdog {

    private static final Path SHELL = Path.of("/bin/sh");

    /**
     * Forks a background process that waits {@link #BOOT_DELAY_SECONDS}, then becomes the command in {@code $0 $@}
     * (at a lower scheduling priority where {@code nice} exists), its standard streams closed, and prints its
     * process id. The process exists from the fork on, so that however soon this JVM dies, the watchdog boots and
     * sweeps; its JVM boots a moment later, when this JVM is no longer busy starting its first containers.
     */
    private static final String DETACH = "if command -v nice >/dev/null 2>&1; then set -- nice -n 10 \"$0\" \"$@\";"
            + " else set -- \"$0\" \"$@\"; fi; (sleep " + Watchdog.BOOT_DELAY_SECONDS + "; exec \"$@\") </dev/null >/dev/null 2>&1 &"
            + " echo $!";

    /** How long the forked watchdog waits before it starts its JVM. */
    static final int BOOT_DELAY_SECONDS = 1;

    private Watchdog() {
    }

    /**
     * @return the watchdog's process id
     * @throws IOException when it could not be launched
     */
    static long launch(WatchdogTarget address, String sessionLabel) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java").toString());
        command.addAll(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx24m", "-Xss256k", "-XX:-UsePerfData", "-Djava.awt.headless=true"));
        command.add("-cp");
        command.add(classPath());
        command.add(ReaperMain.class.getName());
        command.add(sessionLabel);
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add(WatchedProcess.markOfThisJvm());
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
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
