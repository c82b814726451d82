package dev.berth.reliability;

import static dev.berth.reliability.Reliability.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerExitTimeoutException;
import dev.berth.ContainerFileException;
import dev.berth.ContainerHandle;
import dev.berth.ContainerNotRunningException;
import dev.berth.Containers;
import dev.berth.DockerOnly;
import dev.berth.Exec;
import dev.berth.ExecResult;
import dev.berth.ExecTimeoutException;
import dev.berth.NoSuchContainerException;
import dev.berth.NoSuchContainerPathException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Misuse of a running (or no longer running) container through its handle: each fails with a typed exception whose
 * message names the container (name, image, short id), says what happened and what to do.
 */
class ContainerFaultsTest {

    @AfterAll
    static void nothingLeft() {
        Reliability.assertNothingLeft();
    }

    private static String described(ContainerHandle c) {
        return "\"" + c.name() + "\" (image busybox:stable, id " + c.id().substring(0, 12) + ")";
    }

    @Nested
    class Files_ {

        @TempDir
        Path tmp;

        @Test
        @DockerOnly("the same fallback through tar in the container, Podman's refusal text")
        void putFileOnAReadOnlyRootFilesystem() {
            try (ContainerHandle c = Containers.start(sleeper().withName("ro").withReadOnlyRootFilesystem(true))) {
                assertThatThrownBy(() -> c.putFile("/etc/app.conf", "x=1"))
                        .isExactlyInstanceOf(ContainerFileException.class)
                        .hasMessage("Cannot write [/etc/app.conf] in container " + described(c) + ": the engine refuses uploads on its"
                                + " read-only root filesystem (container rootfs is marked read-only), and unpacking with sh and tar"
                                + " inside the container failed with exit code 1: tar: can't remove old file app.conf: Read-only file system."
                                + " Mount a volume at the target, or write to a writable path.");
            }
        }

        @Test
        void putFileOnAReadOnlyTmpfs() {
            try (ContainerHandle c = Containers.start(sleeper().withName("ro").withTmpfs("/config:ro"))) {
                assertThatThrownBy(() -> c.putFile("/config/app.conf", "x=1"))
                        .isExactlyInstanceOf(ContainerFileException.class)
                        .hasMessage("Cannot write [/config/app.conf] in container " + described(c) + ": the engine's uploads cannot"
                                + " reach its tmpfs mount [/config], and unpacking with sh and tar inside the container failed with"
                                + " exit code 1: tar: can't remove old file app.conf: Read-only file system. Mount a volume at the"
                                + " target, or write to a writable path.");
            }
        }

        @Test
        @DockerOnly("Podman writes into a stopped container's read-only root filesystem: no error")
        void putFileOnAStoppedContainerWithAReadOnlyRootFilesystem() {
            try (ContainerHandle c = Containers.start(sleeper().withName("ro").withReadOnlyRootFilesystem(true))) {
                c.kill("KILL");
                c.waitForExit(Duration.ofSeconds(10));
                assertThatThrownBy(() -> c.putFile("/etc/app.conf", "x=1"))
                        .isExactlyInstanceOf(ContainerNotRunningException.class)
                        .hasMessage("Cannot write [/etc/app.conf] in container " + described(c) + ": the engine refuses uploads on its"
                                + " read-only root filesystem (container rootfs is marked read-only), and unpacking with sh and tar"
                                + " inside the container needs it running, but the engine answered: Container " + c.id()
                                + " is not running. Write files before the container stops, or mount a volume at the target.");
            }
        }

        @Test
        void relativeContainerPath() {
            try (ContainerHandle c = Containers.start(sleeper().withName("files"))) {
                assertThatThrownBy(() -> c.readFile("etc/passwd"))
                        .isExactlyInstanceOf(IllegalArgumentException.class)
                        .hasMessage("A container path must be absolute, e.g. \"/tmp/file\", but was [etc/passwd] (container " + described(c) + ")");
            }
        }

        @Test
        void readFileOfADirectory() {
            try (ContainerHandle c = Containers.start(sleeper().withName("files"))) {
                assertThatThrownBy(() -> c.readFile("/etc"))
                        .isExactlyInstanceOf(ContainerFileException.class)
                        .hasMessage("Cannot read [/etc] in container " + described(c) + " as a file: it is a directory. Use"
                                + " copyFromContainer(\"/etc\", hostDir) to copy a directory tree.");
            }
        }

        @Test
        void readFileOfAMissingPath() {
            try (ContainerHandle c = Containers.start(sleeper().withName("files"))) {
                assertThatThrownBy(() -> c.readFile("/etc/app/missing.conf"))
                        .isExactlyInstanceOf(NoSuchContainerPathException.class)
                        .hasMessage("Path [/etc/app/missing.conf] does not exist in container " + described(c) + ". Check the path,"
                                + " e.g. with exec(\"ls\", \"-la\", \"/etc/app\").")
                        .extracting(e -> ((NoSuchContainerPathException) e).path()).isEqualTo("/etc/app/missing.conf");
            }
        }

        @Test
        void statOfAMissingPath() {
            try (ContainerHandle c = Containers.start(sleeper().withName("files"))) {
                assertThatThrownBy(() -> c.stat("/nope"))
                        .isExactlyInstanceOf(NoSuchContainerPathException.class)
                        .hasMessage("Path [/nope] does not exist in container " + described(c) + ". Check the path, e.g. with"
                                + " exec(\"ls\", \"-la\", \"/\").");
            }
        }

        @Test
        void copyFromContainerOfADirectoryOntoAnExistingFile() throws Exception {
            Path file = Files.writeString(tmp.resolve("etc"), "a file");
            try (ContainerHandle c = Containers.start(sleeper().withName("files"))) {
                assertThatThrownBy(() -> c.copyFromContainer("/etc", file))
                        .isExactlyInstanceOf(ContainerFileException.class)
                        .hasMessage("Cannot copy [/etc] from container " + described(c) + " to [" + file + "]: cannot copy directory"
                                + " onto [" + file + "]: it exists and is not a directory. Copy to a host path that does not exist"
                                + " yet, or to one of the same kind (a directory for a directory, a file for a file) that this"
                                + " process may write.");
            }
            assertThat(file).hasContent("a file");
        }

        @Test
        void copyFromContainerOfAFileOntoAnExistingDirectory() throws Exception {
            Path dir = Files.createDirectory(tmp.resolve("passwd"));
            try (ContainerHandle c = Containers.start(sleeper().withName("files"))) {
                assertThatThrownBy(() -> c.copyFromContainer("/etc/passwd", dir))
                        .isExactlyInstanceOf(ContainerFileException.class)
                        .hasMessage("Cannot copy [/etc/passwd] from container " + described(c) + " to [" + dir + "]: cannot copy"
                                + " file onto [" + dir + "]: it exists and is a directory. Copy to a host path that does not exist"
                                + " yet, or to one of the same kind (a directory for a directory, a file for a file) that this"
                                + " process may write.");
            }
            assertThat(dir).isEmptyDirectory();
        }

        @Test
        void copyFromContainerOfAMissingPath() {
            try (ContainerHandle c = Containers.start(sleeper().withName("files"))) {
                assertThatThrownBy(() -> c.copyFromContainer("/data/out", tmp.resolve("out")))
                        .isExactlyInstanceOf(NoSuchContainerPathException.class)
                        .hasMessage("Path [/data/out] does not exist in container " + described(c) + ". Check the path, e.g. with"
                                + " exec(\"ls\", \"-la\", \"/data\").");
            }
            assertThat(tmp.resolve("out")).doesNotExist();
        }

        @Test
        void copyToContainerOfAMissingHostPath() {
            try (ContainerHandle c = Containers.start(sleeper().withName("files"))) {
                assertThatThrownBy(() -> c.copyToContainer(tmp.resolve("missing"), "/data"))
                        .isExactlyInstanceOf(ContainerFileException.class)
                        .hasMessage("Cannot copy [" + tmp.resolve("missing") + "] into container " + described(c) + " at [/data]: the"
                                + " host path does not exist.");
            }
        }
    }

    @Nested
    class Execs {

        @Test
        @DockerOnly("the same exceptions and Berth's sentences, Podman's engine texts")
        void execOnAStoppedContainer() {
            try (ContainerHandle c = Containers.start(sleeper().withName("app"))) {
                c.kill("KILL");
                c.waitForExit(Duration.ofSeconds(10));
                assertThatThrownBy(() -> c.exec("true"))
                        .isExactlyInstanceOf(ContainerNotRunningException.class)
                        .hasMessage("Cannot exec [true] in container " + described(c) + ": Container " + c.id() + " is not running. An"
                                + " exec needs a running container; check that it did not exit (see its logs) and was not stopped.");
            }
        }

        @Test
        void execTimeout() {
            try (ContainerHandle c = Containers.start(sleeper().withName("app"))) {
                long t0 = System.nanoTime();
                assertThatThrownBy(() -> c.exec(Exec.of("sh", "-c", "echo started; sleep 60").withTimeout(Duration.ofMillis(500))))
                        .isExactlyInstanceOf(ExecTimeoutException.class)
                        .hasMessageStartingWith("Exec [sh, -c, echo started; sleep 60] in container " + described(c)
                                + " did not finish within 500 ms; Berth killed it and its child processes (host pid ")
                        .hasMessageEndingWith(").\nstdout so far: \"started\n\"\nstderr so far: (none)\nRaise the timeout with"
                                + " Exec.withTimeout(..), or check why the command blocks (waiting for stdin?).");
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
                assertThat(c.exec("sh", "-c", "pgrep -f 'sleep 60' || echo none").stdout()).isEqualTo("none\n");
            }
        }

        @Test
        @DockerOnly("Podman: a missing exec command exits 127 with no message")
        void commandMissingInTheContainerIsAnExitCode() {
            try (ContainerHandle c = Containers.start(sleeper().withName("app"))) {
                ExecResult r = c.exec("no-such-program");
                assertThat(r.exitCode()).isIn(126, 127);
                assertThat(r.stdout()).contains("executable file not found");
            }
        }

        @Test
        void nonUtf8OutputKeepsItsBytes() {
            try (ContainerHandle c = Containers.start(sleeper().withName("app"))) {
                ExecResult r = c.exec("printf", "caf\\351 \\377\\376 ok");
                assertThat(r.stdoutBytes()).containsExactly('c', 'a', 'f', 0xe9, ' ', 0xff, 0xfe, ' ', 'o', 'k');
                assertThat(r.stdout()).isEqualTo("caf\uFFFD \uFFFD\uFFFD ok");
                ExecResult err = c.exec("sh", "-c", "printf '\\200' >&2");
                assertThat(err.stderrBytes()).containsExactly(0x80);
                assertThat(err.stderr()).isEqualTo("\uFFFD");
            }
        }

        @Test
        void unpublishedPort() {
            try (ContainerHandle c = Containers.start(sleeper().withName("web").withExposedPorts(8080))) {
                assertThatThrownBy(() -> c.mappedPort(9090))
                        .isExactlyInstanceOf(IllegalArgumentException.class)
                        .hasMessage("Port 9090 of container " + described(c) + " is not published; published ports: [8080]. Add it"
                                + " to @WithContainer(ports = ..) or ContainerSpec.withExposedPorts(..).");
            }
        }

        @Test
        void waitForExitTimeout() {
            try (ContainerHandle c = Containers.start(sleeper().withName("app"))) {
                assertThatThrownBy(() -> c.waitForExit(Duration.ofMillis(300)))
                        .isExactlyInstanceOf(ContainerExitTimeoutException.class)
                        .hasMessage("Container " + described(c) + " did not exit within 300 ms; it is still running. Raise the timeout,"
                                + " or stop it with stop()/kill(..).");
                assertThat(c.isRunning()).isTrue();
            }
        }

        @Test
        @DockerOnly("the same exceptions and Berth's sentences, Podman's engine texts")
        void pauseOfAStoppedContainer() {
            try (ContainerHandle c = Containers.start(sleeper().withName("app"))) {
                c.kill("KILL");
                c.waitForExit(Duration.ofSeconds(10));
                assertThatThrownBy(c::pause)
                        .isExactlyInstanceOf(ContainerNotRunningException.class)
                        .hasMessage("Cannot pause container " + described(c) + ": Container " + c.id() + " is not running");
            }
        }
    }

    /** A container removed from outside the test (docker rm -f, a cleanup script): every operation says so. */
    @Nested
    class RemovedFromOutside {

        @TempDir
        Path tmp;

        private void removedFromOutside(ContainerHandle c) {
            c.docker().containers().remove(c.id(), true, true);
        }

        private String gone(ContainerHandle c) {
            return "it no longer exists (removed from outside the test?). Engine: No such container: " + c.id();
        }

        @Test
        @DockerOnly("the same exceptions and Berth's sentences, Podman's engine texts")
        void everyOperationSaysTheContainerIsGone() {
            try (ContainerHandle c = Containers.start(sleeper().withName("victim"))) {
                removedFromOutside(c);
                String d = described(c);
                assertThatThrownBy(() -> c.exec("true")).isExactlyInstanceOf(NoSuchContainerException.class)
                        .hasMessage("Cannot exec [true] in container " + d + ": the container no longer exists (removed from outside"
                                + " the test?). Engine: No such container: " + c.id());
                assertThatThrownBy(c::logs).isExactlyInstanceOf(NoSuchContainerException.class)
                        .hasMessage("Cannot read the logs of container " + d + ": " + gone(c));
                assertThatThrownBy(() -> c.followLogs(line -> { })).isExactlyInstanceOf(NoSuchContainerException.class)
                        .hasMessage("Cannot follow the logs of container " + d + ": " + gone(c));
                assertThatThrownBy(c::stop).isExactlyInstanceOf(NoSuchContainerException.class)
                        .hasMessage("Cannot stop container " + d + ": " + gone(c));
                assertThatThrownBy(c::restart).isExactlyInstanceOf(NoSuchContainerException.class)
                        .hasMessage("Cannot restart container " + d + ": " + gone(c));
                assertThatThrownBy(() -> c.waitForExit(Duration.ofSeconds(5))).isExactlyInstanceOf(NoSuchContainerException.class)
                        .hasMessage("Cannot wait for the exit of container " + d + ": " + gone(c));
                assertThatThrownBy(() -> c.readFile("/etc/passwd")).isExactlyInstanceOf(NoSuchContainerException.class)
                        .hasMessage("Cannot read [/etc/passwd]: container " + d + " no longer exists (removed from outside the test?)."
                                + " Engine: No such container: " + c.id());
                assertThatThrownBy(() -> c.stat("/etc")).isExactlyInstanceOf(NoSuchContainerException.class)
                        .hasMessageStartingWith("Cannot read [/etc]: container " + d + " no longer exists (removed from outside the test?).");
                assertThatThrownBy(() -> c.putFile("/tmp/a", "b")).isExactlyInstanceOf(NoSuchContainerException.class)
                        .hasMessage("Cannot write [/tmp/a]: container " + d + " no longer exists (removed from outside the test?)."
                                + " Engine: No such container: " + c.id());
                assertThatThrownBy(() -> c.copyFromContainer("/etc", tmp.resolve("etc"))).isExactlyInstanceOf(NoSuchContainerException.class)
                        .hasMessage("Cannot read [/etc]: container " + d + " no longer exists (removed from outside the test?)."
                                + " Engine: No such container: " + c.id());
                assertThat(c.isRunning()).isFalse();
            }
        }
    }
}
