package dev.berth.internal.reaper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The Berth JVM's process as the watchdog sees it: alive, or gone (ended, or only a zombie). A process id can be
 * reused by another process once its owner has ended, so the id travels with a start mark: on Linux the start time
 * in clock ticks since boot from {@code /proc/<pid>/stat} (which, unlike the JDK's start instant, does not move
 * when the wall clock is stepped), elsewhere the JDK's start instant in epoch milliseconds.
 */
final class WatchedProcess {

    private static final String TICKS = "ticks:";
    private static final String MILLIS = "millis:";
    private static final String UNKNOWN = "-";

    private final long pid;
    private final String mark;

    WatchedProcess(long pid, String mark) {
        this.pid = pid;
        this.mark = mark;
    }

    /** @return this JVM's start mark, to pass to the watchdog */
    static String markOfThisJvm() {
        return markOf(ProcessHandle.current().pid());
    }

    static String markOf(long pid) {
        String ticks = statField(pid, 22);
        if (ticks != null) {
            return TICKS + ticks;
        }
        return ProcessHandle.of(pid).flatMap(h -> h.info().startInstant())
                .map(i -> MILLIS + i.toEpochMilli()).orElse(UNKNOWN);
    }

    /**
     * @return whether this watchdog can watch other processes here: where there is a {@code /proc}, it must show the
     *         watchdog itself (a {@code /proc} of another pid namespace would make every process look gone)
     */
    static boolean canWatch() {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return true; // no /proc (macOS): the JDK asks the kernel directly
        }
        return Files.isDirectory(Path.of("/proc", Long.toString(ProcessHandle.current().pid())));
    }

    /** @return whether the process still runs: there, with the same start mark, and not only a zombie */
    boolean isAlive() {
        ProcessHandle handle = ProcessHandle.of(pid).orElse(null);
        if (handle == null || !handle.isAlive() || !sameStart(markOf(pid))) {
            return false;
        }
        return !isZombie();
    }

    private boolean sameStart(String now) {
        if (mark.startsWith(TICKS) && now.startsWith(TICKS)) {
            return mark.equals(now);
        }
        if (mark.startsWith(MILLIS) && now.startsWith(MILLIS)) {
            return Math.abs(Long.parseLong(mark.substring(MILLIS.length())) - Long.parseLong(now.substring(MILLIS.length()))) <= 1000;
        }
        return true; // not comparable: the id alone decides
    }

    /**
     * A JVM killed while its parent does not wait for it stays a zombie, which the JDK counts as alive. The state is
     * the main thread's: a process whose main thread ended while others run shows it too, so only a zombie with
     * no thread left counts.
     */
    private boolean isZombie() {
        String state = statField(pid, 3);
        if (state == null || !(state.equals("Z") || state.equals("X"))) {
            return false;
        }
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.count() <= 1;
        } catch (IOException | RuntimeException e) {
            return true; // its threads are gone with it
        }
    }

    /** @return field {@code n} (1-based, as proc(5) numbers them) of {@code /proc/<pid>/stat}, or null */
    private static String statField(long pid, int n) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return fields[n - 3];
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return pid + " (" + mark + ")";
    }
}
