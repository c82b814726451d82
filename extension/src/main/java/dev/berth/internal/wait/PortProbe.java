package dev.berth.internal.wait;

import dev.berth.ExecResult;
import dev.berth.docker.DockerException;
import dev.berth.docker.model.ExecConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Tells whether a port listens inside a container. Needs nothing inside the image when the engine is local:
 * it reads the container's own {@code /proc/<pid>/net/tcp} and {@code tcp6} from the host, the kernel's view of
 * its network namespace. Otherwise it execs {@code cat /proc/net/tcp /proc/net/tcp6} inside the container.
 */
final class PortProbe {

    private static final String LISTEN = "0A";

    private final WaitTarget target;
    private final boolean local;
    private String lastChecked = "";
    private boolean read;

    PortProbe(WaitTarget target) {
        this.target = target;
        this.local = isLocal(target);
    }

    static boolean isLocal(WaitTarget target) {
        if (target.pid() <= 0) {
            return false;
        }
        Path proc = Path.of("/proc", Integer.toString(target.pid()));
        try {
            return Files.isReadable(proc.resolve("net/tcp")) && Files.readString(proc.resolve("cgroup")).contains(target.id());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    boolean isListening(int port) {
        read = false;
        if (!target.stateAtStart().running()) {
            lastChecked = "no sockets to check: the container had already stopped";
            return false;
        }
        if (local) {
            Path net = Path.of("/proc", Integer.toString(target.pid()), "net");
            lastChecked = "the container's listening sockets in " + net + "/tcp and tcp6 (read from the host; nothing inside the image is needed)";
            try {
                boolean listening = listens(Files.readAllLines(net.resolve("tcp")), port) || listens(readIfExists(net.resolve("tcp6")), port);
                read = true;
                return listening;
            } catch (IOException e) {
                // most often the process has gone (its /proc entry with it): that says nothing about the port
                lastChecked += ", which could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
                return false;
            }
        }
        lastChecked = "the container's listening sockets in /proc/net/tcp and tcp6, read by exec of `cat` inside the container";
        try {
            ExecResult r = target.docker().exec().run(target.id(), ExecConfig.of("cat", "/proc/net/tcp", "/proc/net/tcp6"));
            if (r.exitCode() == 126 || r.exitCode() == 127) {
                lastChecked += "; the image has no `cat` (exit " + r.exitCode() + "), and the engine is not local, so"
                        + " Berth cannot look inside; use Wait.forLogMessage or Wait.forHttp for this image";
                return false;
            }
            read = true;
            return listens(List.of(r.stdout().split("\n")), port);
        } catch (DockerException e) {
            lastChecked += "; exec failed: " + e.getMessage();
            return false;
        }
    }

    String lastChecked() {
        return lastChecked;
    }

    /**
     * @return what the last check found out about the port: that nothing listened on it only when the sockets
     *     were read; that it is unknown when they could not be
     */
    String verdict(int port) {
        if (!target.stateAtStart().running()) {
            return lastChecked;
        }
        return lastChecked + (read ? ": nothing listened on port " : ": whether anything listens on port ") + port
                + (read ? "" : " is unknown");
    }

    private static List<String> readIfExists(Path p) throws IOException {
        return Files.exists(p) ? Files.readAllLines(p) : List.of();
    }

    static boolean listens(List<String> lines, int port) {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String line : lines) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length > 3 && fields[1].toUpperCase(Locale.ROOT).endsWith(hexPort) && fields[3].equals(LISTEN)) {
                return true;
            }
        }
        return false;
    }
}
