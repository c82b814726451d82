package dev.berth;

import dev.berth.docker.DockerClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * {@code ContainerHandle} is a running container under test: exec commands in it, read its logs, put and get files,
 * find its published ports, and control its lifecycle.
 *
 * <p>Handles are injected into test and lifecycle method parameters and fields by {@link WithContainer}, or
 * returned by {@link Containers#start(ContainerSpec)}. They are thread-safe.
 *
 * <h2>Cleanup</h2>
 * {@link #close()} removes the container (with its anonymous volumes) and is idempotent. Handles injected by the
 * extension are closed by it at the end of their scope; handles from {@link Containers#start} must be closed.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface ContainerHandle extends AutoCloseable {

    /** @return the engine's full container id */
    String id();

    /** @return the logical name (the {@code name} of {@link WithContainer}, also the network alias) */
    String name();

    /** @return the image reference the container was created from */
    String image();

    /**
     * Runs a command in the container and blocks until it exits.
     *
     * <p>The output is kept in memory, for assertions. For output too large for the heap (a dump, a log of many
     * megabytes), stream it instead: {@code docker().exec().create(..)}, then {@code docker().exec().start(..)} and
     * {@link dev.berth.docker.ProcessStream#copyOutput ProcessStream.copyOutput} to a file or a digest.
     *
     * @param command the argv; no shell is involved
     * @return the exit code, and stdout and stderr kept apart
     */
    ExecResult exec(String... command);

    /**
     * Runs a command in the container, with environment, working directory, user, stdin, TTY and timeout, and
     * blocks until it exits.
     *
     * @param exec what to run
     * @return the exit code, and stdout and stderr kept apart
     * @throws ExecTimeoutException when the exec's timeout passes first
     */
    ExecResult exec(Exec exec);

    /**
     * Returns the container's stdout and stderr so far, in arrival order.
     *
     * @return the logs, decoded as UTF-8
     */
    String logs();

    /**
     * Follows the container's output from its start on, line by line, on a background thread.
     *
     * @param consumer receives each line with its stream
     * @return closing it stops following
     */
    AutoCloseable followLogs(Consumer<LogLine> consumer);

    /**
     * Writes a UTF-8 text file (mode {@code 0644}), creating missing parent directories.
     *
     * @param containerPath an absolute path inside the container
     * @param content the file's content
     */
    void putFile(String containerPath, String content);

    /**
     * Writes a file with the given mode, creating missing parent directories.
     *
     * @param containerPath an absolute path inside the container
     * @param content the file's content
     * @param mode permission bits, e.g. {@code 0755}
     */
    void putFile(String containerPath, byte[] content, int mode);

    /**
     * Copies a host file or directory tree into the container, at {@code containerPath} (created with its parents).
     *
     * @param hostFileOrDir a file or directory on the host
     * @param containerPath the absolute path it gets inside the container
     */
    void copyToContainer(Path hostFileOrDir, String containerPath);

    /**
     * Reads a file as UTF-8.
     *
     * @param containerPath an absolute path inside the container
     * @return the content
     * @throws NoSuchContainerPathException when the path does not exist
     */
    String readFile(String containerPath);

    /**
     * Reads a file's bytes.
     *
     * @param containerPath an absolute path inside the container
     * @return the content
     * @throws NoSuchContainerPathException when the path does not exist
     */
    byte[] readFileBytes(String containerPath);

    /**
     * Copies a file or directory tree out of the container so that {@code containerPath} itself becomes
     * {@code hostPath}, streaming. Unlike {@code docker cp}, {@code hostPath} is never a folder to copy <em>into</em>:
     * <ul>
     *   <li>a directory: its contents are written into {@code hostPath}, created with its parents when missing.
     *       When {@code hostPath} is an existing directory the two are merged: files of the same name are
     *       overwritten, other files already there are kept. {@code copyFromContainer("/data", dir)} writes
     *       {@code /data/a} to {@code dir/a}, not to {@code dir/data/a}.</li>
     *   <li>a file: written to {@code hostPath} (its parents created), replacing an existing file; when
     *       {@code hostPath} is an existing directory the copy fails rather than writing into it (name the file:
     *       {@code dir.resolve("app.log")}).</li>
     *   <li>a directory onto an existing file fails likewise.</li>
     * </ul>
     * Permission bits are kept (on POSIX file systems), owners and times are not. Symbolic links are recreated
     * when they point inside the copied tree, hard links become copies. The copy fails with a
     * {@link ContainerFileException}, leaving what it had written, on an entry that would land outside {@code hostPath}
     * ({@code ..}, an absolute name, a link pointing outside), and on a device file or FIFO. A path on a tmpfs mount
     * is read with {@code tar} inside the running container.
     *
     * @param containerPath an absolute path inside the container
     * @param hostPath what the file or directory becomes on the host
     * @throws NoSuchContainerPathException when the path does not exist
     * @throws ContainerFileException when the copy is refused or cannot be written (see above)
     */
    void copyFromContainer(String containerPath, Path hostPath);

    /**
     * Describes a path inside the container.
     *
     * @param containerPath an absolute path inside the container
     * @return its stat
     * @throws NoSuchContainerPathException when the path does not exist
     */
    PathStat stat(String containerPath);

    /** @return the host to connect to for published ports ({@code 127.0.0.1} for a local engine) */
    String host();

    /**
     * Returns the host port a container port is published on.
     *
     * @param containerPort a port given in {@code ports} / {@code withExposedPorts}
     * @return the host port
     * @throws IllegalArgumentException when the port was not published
     */
    int mappedPort(int containerPort);

    /** @return the labels the container carries */
    Map<String, String> labels();

    /** @return whether the container is running now (asks the engine) */
    boolean isRunning();

    /**
     * Blocks until the container has exited, on the engine's wait endpoint.
     *
     * @param timeout how long to wait at most
     * @return the exit code
     * @throws ContainerExitTimeoutException when the timeout passes first
     */
    int waitForExit(Duration timeout);

    /** Stops the container gracefully (SIGTERM, then SIGKILL after the stop timeout). */
    void stop();

    /**
     * Sends a signal to the container's main process.
     *
     * @param signal e.g. {@code "SIGTERM"}, {@code "HUP"}, {@code "9"}
     */
    void kill(String signal);

    /** Freezes all processes of the container. */
    void pause();

    /** Thaws the container's processes. */
    void unpause();

    /** Restarts the container; published ports may change and are read anew. */
    void restart();

    /**
     * Returns the Engine API client this container lives on, for everything else. It is not yours to close: it is a
     * view of a client owned by the JUnit extension (closed when the test run ends), by {@link Containers#start(ContainerSpec)}
     * (Berth's JVM-wide client, closed when the JVM exits) or by you (the client you gave to
     * {@link Containers#start(DockerClient, ContainerSpec)}). Use it without closing it. Its {@code close()} closes
     * nothing, so that a {@code try}-with-resources around it does no harm, and logs who owns it; for a client of
     * your own, call {@link DockerClient#fromEnvironment()} and close that one.
     *
     * @return a view of the owner's client: same connections, same API version
     */
    DockerClient docker();

    /** Removes the container (force) with its anonymous volumes. Idempotent. */
    @Override
    void close();
}
