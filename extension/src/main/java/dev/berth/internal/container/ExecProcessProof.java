package dev.berth.internal.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Proves, before Berth signals a pid on the machine that runs the JVM, that the process there is one of the exec's
 * own: its {@code /proc/<pid>/cgroup} names the container's full id, and its start time ({@code /proc/<pid>/stat}) is
 * not earlier than the moment just before Berth created the exec. A pid the engine reports is the engine's: where the
 * engine runs in a VM (Docker Desktop, Colima), on another machine, or the JVM runs in a container of its own, the
 * same number is another process here, and without this proof Berth could kill a user's IDE or build daemon.
 *
 * <p>Times are compared on the kernel's boot clock, in clock ticks of {@code USER_HZ} (100 on every architecture
 * Docker runs on): {@code /proc/uptime} read before the exec's creation against field 22 of {@code /proc/<pid>/stat}.
 * Where {@code /proc} cannot be read (macOS, Windows), nothing is proven.
 */
final class ExecProcessProof {

    private static final int TICKS_PER_SECOND = 100;
    private static final String[] RUNTIME_PREFIXES = {"docker-", "libpod-", "crio-", "cri-containerd-"};

    private final Path proc;
    private final String containerId;
    private final OptionalLong notBefore;

    private ExecProcessProof(Path proc, String containerId, OptionalLong notBefore) {
        this.proc = proc;
        this.containerId = containerId;
        this.notBefore = notBefore;
    }

    /** @return a proof for processes of the container that start from now on; call it before creating the exec */
    static ExecProcessProof startingNow(String containerId) {
        return startingNow(Path.of("/proc"), containerId);
    }

    static ExecProcessProof startingNow(Path proc, String containerId) {
        OptionalLong now;
        try {
            now = OptionalLong.of(uptimeTicks(read(proc.resolve("uptime"))));
        } catch (IOException | RuntimeException unreadable) {
            now = OptionalLong.empty();
        }
        return new ExecProcessProof(proc, containerId, now);
    }

    /**
     * Checks one pid.
     *
     * @param pid a pid as the engine reports it, or one of its descendants on this machine
     * @return empty when the process is proven to be the exec's own; otherwise what was checked and failed
     */
    Optional<String> whyNotProven(long pid) {
        if (notBefore.isEmpty()) {
            return Optional.of(proc.resolve("uptime") + " could not be read on this machine, so no start time can be compared");
        }
        Path dir = proc.resolve(Long.toString(pid));
        String cgroup;
        String stat;
        try {
            cgroup = read(dir.resolve("cgroup"));
            stat = read(dir.resolve("stat"));
        } catch (IOException e) {
            return Optional.of("there is no readable " + dir + " on this machine");
        }
        if (!namesContainer(cgroup, containerId)) {
            return Optional.of(dir.resolve("cgroup") + " does not name container " + containerId);
        }
        long started;
        try {
            started = startTicks(stat);
        } catch (RuntimeException e) {
            return Optional.of(dir.resolve("stat") + " has no start time that Berth can read");
        }
        if (started < notBefore.getAsLong()) {
            return Optional.of("its start time (" + started + " ticks after boot, from " + dir.resolve("stat")
                    + ") is earlier than the exec's creation (" + notBefore.getAsLong() + ")");
        }
        return Optional.empty();
    }

    /**
     * @param cgroup the text of {@code /proc/<pid>/cgroup} (v1: a line per hierarchy; v2: {@code 0::/path})
     * @return whether a path names the container, as {@code /docker/<id>}, {@code docker-<id>.scope},
     *         {@code libpod-<id>} (Podman) or {@code crio-<id>.scope}
     */
    static boolean namesContainer(String cgroup, String containerId) {
        if (containerId == null || containerId.isEmpty()) {
            return false;
        }
        for (String line : cgroup.split("\n")) {
            int path = line.indexOf(':', line.indexOf(':') + 1);
            if (path < 0) {
                continue;
            }
            for (String segment : line.substring(path + 1).split("/")) {
                if (containerId.equals(bareId(segment))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String bareId(String segment) {
        String s = segment.endsWith(".scope") ? segment.substring(0, segment.length() - ".scope".length()) : segment;
        for (String prefix : RUNTIME_PREFIXES) {
            if (s.startsWith(prefix)) {
                return s.substring(prefix.length());
            }
        }
        return s;
    }

    /**
     * @param stat the text of {@code /proc/<pid>/stat}
     * @return field 22, the start time in clock ticks after boot (the fields are counted after the command's closing
     *         parenthesis, as the command may hold spaces and parentheses)
     */
    static long startTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 1).trim().split(" +");
        return Long.parseLong(fields[22 - 3]);
    }

    /**
     * @return the first number of {@code /proc/uptime} (seconds since boot) in clock ticks, rounded down; parsed by
     *         hand, as every exec reads it and {@code BigDecimal} would add to the classes a test JVM loads on its way
     *         to its first exec (docs/benchmarks.md, cold process)
     */
    static long uptimeTicks(String uptime) {
        String seconds = uptime.trim().split("\\s+")[0];
        int dot = seconds.indexOf('.');
        String whole = dot < 0 ? seconds : seconds.substring(0, dot);
        String fraction = dot < 0 ? "" : (seconds.substring(dot + 1) + "00").substring(0, 2);
        return Long.parseLong(whole) * TICKS_PER_SECOND + (fraction.isEmpty() ? 0 : Integer.parseInt(fraction));
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
