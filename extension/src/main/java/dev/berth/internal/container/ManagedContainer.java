package dev.berth.internal.container;

import dev.berth.BerthException;
import dev.berth.BerthInterruptedException;
import dev.berth.ContainerExitTimeoutException;
import dev.berth.ContainerHandle;
import dev.berth.ContainerNotRunningException;
import dev.berth.Exec;
import dev.berth.ExecResult;
import dev.berth.LogLine;
import dev.berth.NoSuchContainerException;
import dev.berth.PathStat;
import dev.berth.docker.ConflictException;
import dev.berth.docker.DockerClient;
import dev.berth.docker.DockerException;
import dev.berth.docker.LogStream;
import dev.berth.docker.NotFoundException;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.LogsOptions;
import dev.berth.docker.model.PortBinding;
import dev.berth.docker.model.WaitCondition;
import dev.berth.docker.model.WaitResult;
import dev.berth.internal.BerthLog;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * A container Berth started: the {@link ContainerHandle} users get. Ports come from the one inspect after
 * start (re-read after a restart). Thread-safe; {@link #close()} removes the container and is idempotent.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ManagedContainer implements ContainerHandle {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final DockerClient docker;
    private final ContainerDescription description;
    private final Map<String, String> labels;
    private volatile StartupTimings timings;
    private final ContainerFiles files;
    private final ExecRunner execs;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Map<Integer, Integer> ports;
    private volatile int pid;

    ManagedContainer(DockerClient docker, ContainerDescription description, Map<String, String> labels,
                     ContainerInspect inspect, List<String> tmpfsMounts) {
        this.docker = docker;
        this.description = description;
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        this.files = new ContainerFiles(docker, description, tmpfsMounts);
        this.execs = new ExecRunner(docker, description);
        readPorts(inspect);
    }

    void readPorts(ContainerInspect inspect) {
        Map<Integer, Integer> map = new LinkedHashMap<>();
        Map<String, List<PortBinding>> bound = inspect.networkSettings() == null ? null : inspect.networkSettings().ports();
        if (bound != null) {
            bound.forEach((port, bindings) -> {
                if (bindings != null && !bindings.isEmpty() && port.endsWith("/tcp")) {
                    map.put(Integer.parseInt(port.substring(0, port.indexOf('/'))), bindings.get(0).port());
                }
            });
        }
        this.ports = Collections.unmodifiableMap(map);
        this.pid = inspect.state() == null ? 0 : inspect.state().pid();
    }

    /** @return how this container is named in messages */
    public ContainerDescription description() {
        return description;
    }

    /** @return e.g. {@code "web" (image busybox:stable, id 3f2a1b4c5d6e)} */
    public String describe() {
        return description.toString();
    }

    void startedIn(StartupTimings startup) {
        this.timings = startup;
    }

    /** @return where its start-up time went */
    public StartupTimings timings() {
        return timings;
    }

    /** @return its last log lines, indented, for failure reports */
    public String logTail(int lines) {
        return LogTail.of(docker, description.id(), lines);
    }

    /** @return the main process's pid as the engine last reported it */
    public int pid() {
        return pid;
    }

    /** @return container port to host port */
    public Map<Integer, Integer> ports() {
        return ports;
    }

    @Override
    public String id() {
        return description.id();
    }

    @Override
    public String name() {
        return description.name();
    }

    @Override
    public String image() {
        return description.image();
    }

    @Override
    public ExecResult exec(String... command) {
        return exec(Exec.of(command));
    }

    @Override
    public ExecResult exec(Exec exec) {
        return execs.run(exec);
    }

    @Override
    public String logs() {
        try (LogStream stream = docker.containers().logs(id(), LogsOptions.all())) {
            return stream.readAll();
        } catch (NotFoundException e) {
            throw gone("read the logs of", e);
        }
    }

    /** How long {@link #followLogs} waits for the stream's head, so that a missing container fails the call. */
    private static final long FOLLOW_OPEN_WAIT_MILLIS = 1000;

    @Override
    public AutoCloseable followLogs(Consumer<LogLine> consumer) {
        // opened on the follower's thread: Podman sends the answer's head only with the first output
        CompletableFuture<LogStream> opened = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            LogStream stream;
            try {
                stream = docker.containers().logs(id(), LogsOptions.all().withFollow(true));
            } catch (RuntimeException goneOrBroken) {
                opened.completeExceptionally(goneOrBroken);
                return;
            }
            opened.complete(stream);
            try {
                stream.forEachLine(consumer);
            } catch (RuntimeException closedOrBroken) {
                // closed by the caller, or the container went away: following ends either way
            }
        }, "berth-logs-" + description.shortId());
        thread.setDaemon(true);
        thread.start();
        try {
            // errors come at once on every engine; only a silent container's head may be held back
            opened.get(FOLLOW_OPEN_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NotFoundException notFound) {
                throw gone("follow the logs of", notFound);
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException heldBack) {
            // Podman, with no output yet: following goes on in the background
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opened.thenAccept(LogStream::close);
            throw new BerthInterruptedException("Interrupted while starting to follow the logs of container " + description, e);
        }
        return () -> opened.thenAccept(LogStream::close);
    }

    @Override
    public void putFile(String containerPath, String content) {
        files.putFile(containerPath, content.getBytes(StandardCharsets.UTF_8), 0644);
    }

    @Override
    public void putFile(String containerPath, byte[] content, int mode) {
        files.putFile(containerPath, content, mode);
    }

    @Override
    public void copyToContainer(Path hostFileOrDir, String containerPath) {
        files.copyToContainer(hostFileOrDir, containerPath);
    }

    @Override
    public String readFile(String containerPath) {
        return new String(files.readFileBytes(containerPath), StandardCharsets.UTF_8);
    }

    @Override
    public byte[] readFileBytes(String containerPath) {
        return files.readFileBytes(containerPath);
    }

    @Override
    public void copyFromContainer(String containerPath, Path hostPath) {
        files.copyFromContainer(containerPath, hostPath);
    }

    @Override
    public PathStat stat(String containerPath) {
        return files.stat(containerPath);
    }

    @Override
    public String host() {
        return docker.portHost();
    }

    @Override
    public int mappedPort(int containerPort) {
        Integer port = ports.get(containerPort);
        if (port == null) {
            throw new IllegalArgumentException("Port " + containerPort + " of container " + description
                    + " is not published; published ports: " + ports.keySet()
                    + ". Add it to @WithContainer(ports = ..) or ContainerSpec.withExposedPorts(..).");
        }
        return port;
    }

    @Override
    public Map<String, String> labels() {
        return labels;
    }

    @Override
    public boolean isRunning() {
        try {
            return docker.containers().inspect(id()).state().running();
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public int waitForExit(Duration timeout) {
        CompletableFuture<WaitResult> result;
        try {
            result = docker.containers().waitAsync(id(), WaitCondition.NOT_RUNNING);
        } catch (NotFoundException e) {
            throw gone("wait for the exit of", e);
        }
        try {
            return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS).statusCode();
        } catch (TimeoutException e) {
            result.cancel(true); // closes the wait's connection: nothing keeps waiting in the background
            throw new ContainerExitTimeoutException("Container " + description + " did not exit within " + timeout.toMillis()
                    + " ms; it is still running. Raise the timeout, or stop it with stop()/kill(..).");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NotFoundException nf) {
                throw gone("wait for the exit of", nf);
            }
            throw new BerthException("Waiting for container " + description + " to exit failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new BerthInterruptedException("Interrupted while waiting for container " + description + " to exit; the container"
                    + " was left as it is (it is removed at the end of its scope)", e);
        }
    }

    @Override
    public void stop() {
        run("stop", () -> docker.containers().stop(id(), STOP_TIMEOUT));
    }

    @Override
    public void kill(String signal) {
        run("send " + signal + " to", () -> docker.containers().kill(id(), signal));
    }

    @Override
    public void pause() {
        run("pause", () -> docker.containers().pause(id()));
    }

    @Override
    public void unpause() {
        run("unpause", () -> docker.containers().unpause(id()));
    }

    @Override
    public void restart() {
        run("restart", () -> docker.containers().restart(id(), STOP_TIMEOUT));
        readPorts(docker.containers().inspect(id()));
    }

    private void run(String what, Runnable call) {
        try {
            call.run();
        } catch (NotFoundException e) {
            throw gone(what, e);
        } catch (ConflictException e) {
            throw new ContainerNotRunningException("Cannot " + what + " container " + description + ": " + e.engineMessage(), e);
        }
    }

    private NoSuchContainerException gone(String what, DockerException e) {
        return new NoSuchContainerException("Cannot " + what + " container " + description
                + ": it no longer exists (removed from outside the test?). Engine: " + e.engineMessage(), e);
    }

    @Override
    public DockerClient docker() {
        return docker;
    }

    /** Removes the container with force and its anonymous volumes. Idempotent; a container already gone is fine. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            long t0 = System.nanoTime();
            Removal.remove(docker, id());
            BerthLog.get().log(Level.DEBUG, () -> "removed container " + describe() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }

    /** @return whether {@link #close()} has run */
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public String toString() {
        return "ContainerHandle" + description;
    }
}
