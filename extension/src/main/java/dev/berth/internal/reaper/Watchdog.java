package dev.berth.internal.reaper;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Launches {@link ReaperMain} as a small separate JVM whose stdin is a pipe from this JVM. The {@link Process} must
 * stay reachable for the life of this JVM: its pipe's file descriptor would otherwise be closed by a cleaner, and
 * the watchdog would sweep too early.
 */
final class Watchdog {

    private Watchdog() {
    }

    static Process launch(EngineAddress address, String sessionLabel) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java").toString());
        command.addAll(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx24m", "-Xss256k", "-XX:-UsePerfData", "-Djava.awt.headless=true"));
        command.add("-cp");
        command.add(classPath());
        command.add(ReaperMain.class.getName());
        command.add(sessionLabel);
        command.addAll(address.toArgs());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
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
