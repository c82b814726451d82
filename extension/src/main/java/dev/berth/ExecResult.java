package dev.berth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * {@code ExecResult} is the outcome of a finished exec: its exit code, and its standard output and standard error
 * kept apart. With a TTY, all output is in {@link #stdout()}.
 *
 * <p>Instances are immutable; byte arrays are copied on the way in and out.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ExecResult {

    private final int exitCode;
    private final byte[] stdout;
    private final byte[] stderr;

    /**
     * Creates a result.
     *
     * @param exitCode the process's exit code
     * @param stdout what it wrote to standard output
     * @param stderr what it wrote to standard error
     */
    public ExecResult(int exitCode, byte[] stdout, byte[] stderr) {
        this.exitCode = exitCode;
        this.stdout = stdout.clone();
        this.stderr = stderr.clone();
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
