package dev.berth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code ExecResult} is the outcome of a finished exec: its exit code, and its standard output and standard error
 * kept apart. With a TTY, all output is in {@link #stdout()}.
 *
 * <p>Instances are immutable; byte arrays are copied on the way in and out. A result a {@link ContainerHandle} returns
 * also knows its {@link #command()} and {@link #container()}, which assertion messages name; one built with the
 * constructor knows neither.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ExecResult {

    private final int exitCode;
    private final byte[] stdout;
    private final byte[] stderr;
    private final List<String> command;
    private final String container;

    /**
     * Creates a result that knows neither its command nor its container.
     *
     * @param exitCode the process's exit code
     * @param stdout what it wrote to standard output
     * @param stderr what it wrote to standard error
     */
    public ExecResult(int exitCode, byte[] stdout, byte[] stderr) {
        this(exitCode, stdout, stderr, List.of(), null);
    }

    private ExecResult(int exitCode, byte[] stdout, byte[] stderr, List<String> command, String container) {
        this.exitCode = exitCode;
        this.stdout = stdout.clone();
        this.stderr = stderr.clone();
        this.command = List.copyOf(command);
        this.container = container;
    }

    /**
     * Creates the result of a command run in a container, for Berth's own handles. <strong>Not for users</strong>
     * ({@link API.Status#INTERNAL}; may change in any release): build results with the constructor.
     *
     * @param exitCode the process's exit code
     * @param stdout what it wrote to standard output
     * @param stderr what it wrote to standard error
     * @param command the argv that ran
     * @param container the container, as messages name it: {@code container "web" (image busybox:stable, id 1a2b3c4d5e6f)}
     * @return the result
     */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public static ExecResult of(int exitCode, byte[] stdout, byte[] stderr, List<String> command, String container) {
        return new ExecResult(exitCode, stdout, stderr, command, Objects.requireNonNull(container, "container"));
    }

    /**
     * Returns the command that ran, when a {@link ContainerHandle} ran it.
     *
     * @return the argv, e.g. {@code [cat, /etc/hostname]}; empty for a result built with the constructor
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public List<String> command() {
        return command;
    }

    /**
     * Returns the container the command ran in, named as Berth's messages name it, when a {@link ContainerHandle}
     * ran it.
     *
     * @return e.g. {@code container "web" (image busybox:stable, id 1a2b3c4d5e6f)}; empty for a result built with
     *     the constructor
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public Optional<String> container() {
        return Optional.ofNullable(container);
    }

    /**
     * Returns the exit code; 126 or 127 when the command could not be started, as the engine reports it.
     *
     * @return the exit code
     */
    public int exitCode() {
        return exitCode;
    }

    /**
     * Returns standard output decoded as UTF-8 (malformed bytes become U+FFFD).
     *
     * @return standard output
     */
    public String stdout() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /**
     * Returns standard error decoded as UTF-8 (malformed bytes become U+FFFD).
     *
     * @return standard error
     */
    public String stderr() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    /**
     * Returns a copy of the raw bytes of standard output.
     *
     * @return standard output
     */
    public byte[] stdoutBytes() {
        return stdout.clone();
    }

    /**
     * Returns a copy of the raw bytes of standard error.
     *
     * @return standard error
     */
    public byte[] stderrBytes() {
        return stderr.clone();
    }

    /** Compares the outcome only (exit code, stdout, stderr), not the command or container. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ExecResult other && exitCode == other.exitCode
                && Arrays.equals(stdout, other.stdout) && Arrays.equals(stderr, other.stderr);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * exitCode + Arrays.hashCode(stdout)) + Arrays.hashCode(stderr);
    }

    @Override
    public String toString() {
        return "ExecResult[exitCode=" + exitCode + ", stdout=\"" + stdout() + "\", stderr=\"" + stderr() + "\"]";
    }
}
