package dev.berth.bench.cold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time of this JVM's finished child processes, from {@code /proc/self/stat} ({@code cutime + cstime}):
 * the kernel adds a child's user and system time there when the child is reaped, so the difference around one
 * child's run is that child's CPU time, JVM start and exit included.
 */
final class ChildCpu {

    /** Linux reports {@code /proc} times in USER_HZ ticks, 100 per second on every architecture it exports. */
    private static final double TICKS_PER_SECOND = 100;

    private ChildCpu() {
    }

    /** @return the CPU seconds of all reaped children so far, or NaN where {@code /proc} is not there */
    static double seconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ", fields[0] is field 3 (state): cutime is field 16, cstime field 17
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
