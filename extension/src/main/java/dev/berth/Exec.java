package dev.berth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code Exec} describes a command to run inside a running container with {@link ContainerHandle#exec(Exec)}:
 * its argv, environment, working directory, user, standard input, TTY, privileges and timeout.
 *
 * <p>Immutable: every {@code withX} returns a copy.
 *
 * <pre>{@code
 * ExecResult r = handle.exec(Exec.of("sh", "-c", "cat > /tmp/in").withStdin("data").withTimeout(Duration.ofSeconds(5)));
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Exec {

    private final List<String> command;
    private final Map<String, String> env;
    private final String workdir;
    private final String user;
    private final byte[] stdin;
    private final boolean tty;
    private final boolean privileged;
    private final Duration timeout;

    private Exec(List<String> command, Map<String, String> env, String workdir, String user, byte[] stdin,
                 boolean tty, boolean privileged, Duration timeout) {
        this.command = command;
        this.env = env;
        this.workdir = workdir;
        this.user = user;
        this.stdin = stdin;
        this.tty = tty;
        this.privileged = privileged;
        this.timeout = timeout;
    }

    /**
     * Starts describing an exec of the given argv (no shell is involved: use {@code "sh", "-c", "..."} for one).
     *
     * @param command the program and its arguments; at least one element
     * @return the exec
     * @throws IllegalArgumentException when the command is empty
     */
    public static Exec of(String... command) {
        Objects.requireNonNull(command, "command");
        if (command.length == 0) {
            throw new IllegalArgumentException("Exec.of(..) requires a command: give the program and its arguments, e.g. Exec.of(\"ls\", \"-l\")");
        }
        for (String part : command) {
            Objects.requireNonNull(part, "command elements must not be null");
        }
        return new Exec(List.of(command), Map.of(), null, null, null, false, false, null);
    }

    /**
     * Adds an environment variable for the process.
     *
     * @param key the variable's name
     * @param value its value
     * @return a copy with the variable set
     */
    public Exec withEnv(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(env);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new Exec(command, Collections.unmodifiableMap(copy), workdir, user, stdin, tty, privileged, timeout);
    }

    /**
     * Sets the working directory of the process.
     *
     * @param workdir an absolute path inside the container
     * @return a copy with the working directory set
     */
    public Exec withWorkdir(String workdir) {
        return new Exec(command, env, Objects.requireNonNull(workdir, "workdir"), user, stdin, tty, privileged, timeout);
    }

    /**
     * Sets the user the process runs as ({@code "nobody"}, {@code "1000"}, {@code "1000:1000"}).
     *
     * @param user the user, as {@code docker exec --user} takes it
     * @return a copy with the user set
     */
    public Exec withUser(String user) {
        return new Exec(command, env, workdir, Objects.requireNonNull(user, "user"), stdin, tty, privileged, timeout);
    }

    /**
     * Sets what the process reads on standard input, encoded as UTF-8; standard input is closed after it.
     *
     * @param stdin the input
     * @return a copy with standard input set
     */
    public Exec withStdin(String stdin) {
        return withStdin(Objects.requireNonNull(stdin, "stdin").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sets what the process reads on standard input; standard input is closed after it.
     *
     * @param stdin the input bytes (copied)
     * @return a copy with standard input set
     */
    public Exec withStdin(byte[] stdin) {
        return new Exec(command, env, workdir, user, Objects.requireNonNull(stdin, "stdin").clone(), tty, privileged, timeout);
    }

    /**
     * Runs the process with a TTY: all output arrives in {@link ExecResult#stdout()}.
     *
     * @param tty whether to allocate a TTY
     * @return a copy with the TTY setting
     */
    public Exec withTty(boolean tty) {
        return new Exec(command, env, workdir, user, stdin, tty, privileged, timeout);
    }

    /**
     * Runs the process with extended privileges.
     *
     * @param privileged whether the process is privileged
     * @return a copy with the setting
     */
    public Exec withPrivileged(boolean privileged) {
        return new Exec(command, env, workdir, user, stdin, tty, privileged, timeout);
    }

    /**
     * Bounds how long {@link ContainerHandle#exec(Exec)} waits for the process; past it,
     * {@link ExecTimeoutException} is thrown. Berth kills the process and its child processes (SIGKILL) only where it
     * can prove that the pid the engine reports is the exec's own on the machine that runs the JVM: its
     * {@code /proc/<pid>/cgroup} names the container and it started after the exec was created, and likewise each
     * child. That holds for a local Linux engine. Where the engine runs in a VM (Docker Desktop, Colima), on another
     * machine, or the JVM runs in a container, the engine's pids name other processes, so Berth signals none and the
     * process keeps running in the container until it ends or the container is stopped; the exception's message says
     * which happened. To bound a command everywhere, also have it end itself, e.g.
     * {@code Exec.of("timeout", "5", "my-command")}.
     *
     * @param timeout a positive duration
     * @return a copy with the timeout set
     */
    public Exec withTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Exec timeout must be positive, but was " + timeout);
        }
        return new Exec(command, env, workdir, user, stdin, tty, privileged, timeout);
    }

    /** @return the argv */
    public List<String> command() {
        return command;
    }

    /** @return the environment variables set for the process, in insertion order */
    public Map<String, String> env() {
        return env;
    }

    /** @return the working directory, if set */
    public Optional<String> workdir() {
        return Optional.ofNullable(workdir);
    }

    /** @return the user, if set */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** @return a copy of standard input, if set */
    public Optional<byte[]> stdin() {
        return Optional.ofNullable(stdin).map(byte[]::clone);
    }

    /** @return whether a TTY is allocated */
    public boolean tty() {
        return tty;
    }

    /** @return whether the process is privileged */
    public boolean privileged() {
        return privileged;
    }

    /** @return the timeout, if set */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * Renders the command as a shell would show it, for messages.
     *
     * @return e.g. {@code [sh, -c, "echo hi"]}
     */
    @Override
    public String toString() {
        return "Exec" + command;
    }
}
