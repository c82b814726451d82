package dev.berth.peers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test support for the peers (a registry, a TLS proxy, Podman): commands run on the host, free loopback ports,
 * and the message that says how to install a missing peer. A peer that cannot start fails its tests; nothing
 * here skips.
 */
final class Peers {

    /** The script that installs the peers' Debian packages and starts Podman's service. */
    static final String SETUP = "scripts/peers-up";

    private Peers() {
    }

    /** @return a TCP port on 127.0.0.1 that was free a moment ago */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError("no free port on 127.0.0.1: " + e, e);
        }
    }

    /** Fails, naming the Debian package and the setup script, when {@code command} is not on the PATH. */
    static Path requireCommand(String command, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("`" + command + "` is not installed, so its peer cannot start. Install Debian's "
                + debianPackage + " with " + SETUP + " (as root: it installs docker-registry, apache2-utils, stunnel4 and"
                + " podman, and starts Podman's service), then run the tests again.");
    }

    /**
     * Runs a command to completion in {@code dir}.
     *
     * @return its standard output
     * @throws AssertionError with the command, exit code and output when it fails or takes over a minute
     */
    static String run(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("`" + String.join(" ", command) + "` did not finish within 60 s");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("`" + String.join(" ", command) + "` in [" + dir + "] failed with exit code "
                        + process.exitValue() + ":\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new AssertionError("cannot run `" + String.join(" ", command) + "`: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + List.of(command), e);
        }
    }

    /** Polls until something accepts TCP connections on 127.0.0.1:{@code port}, or fails naming the peer. */
    static void awaitPort(Process process, int port, Duration timeout, String peer, Path log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(peer + " exited with code " + process.exitValue() + " before listening on 127.0.0.1:"
                        + port + ". Its log [" + log + "]:\n" + tail(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(20);
            }
        }
        process.destroyForcibly();
        throw new AssertionError(peer + " did not listen on 127.0.0.1:" + port + " within " + timeout.toMillis()
                + " ms. Its log [" + log + "]:\n" + tail(log));
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Ends a peer process this test started: TERM, then KILL after five seconds. */
    static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
