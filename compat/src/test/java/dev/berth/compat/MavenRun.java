package dev.berth.compat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Maven build in a folder of its own, as a user runs it: its output kept in {@code build.log} beside it, and
 * its last lines at hand for a failure message.
 *
 * @param exitCode Maven's exit code
 * @param log the build's output
 */
record MavenRun(int exitCode, List<String> log) {

    private static final long TIMEOUT_MINUTES = 10;

    /**
     * Runs {@code sh -c command} in the folder.
     *
     * @param dir the project folder
     * @param command a shell command line, e.g. one of the README's
     * @param log where its output goes
     * @return how it ended
     */
    static MavenRun in(Path dir, String command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            Files.writeString(log, "\n[compat] timed out after " + TIMEOUT_MINUTES + " min\n",
                    java.nio.file.StandardOpenOption.APPEND);
        }
        return new MavenRun(process.exitValue(), Files.readAllLines(log));
    }

    /** @return the last lines of the output, indented, for a failure message */
    String tail(int lines) {
        List<String> tail = new ArrayList<>(log.subList(Math.max(0, log.size() - lines), log.size()));
        return "  | " + String.join("\n  | ", tail);
    }
}
