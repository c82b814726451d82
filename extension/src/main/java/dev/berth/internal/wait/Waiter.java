package dev.berth.internal.wait;

import dev.berth.ExecResult;
import dev.berth.HttpWaitStrategy;
import dev.berth.WaitStrategy;
import dev.berth.docker.DockerException;
import dev.berth.docker.LogStream;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.ContainerState;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.LogsOptions;
import dev.berth.docker.model.WaitCondition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Runs a {@link WaitStrategy} against a started container until it holds, the container exits, or the timeout
 * passes. Streams where the engine offers one (logs, wait); probes with a short back-off otherwise, waking at
 * once when the container exits.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Waiter {

    static final Duration FIRST_PAUSE = Duration.ofMillis(20);
    static final Duration MAX_PAUSE = Duration.ofMillis(250);

    private final WaitTarget target;
    private final Duration defaultTimeout;

    public Waiter(WaitTarget target, Duration defaultTimeout) {
        this.target = target;
        this.defaultTimeout = defaultTimeout;
    }

    /** @return the timeout that applies to {@code strategy} */
    public Duration timeoutOf(WaitStrategy strategy) {
        return strategy.timeout().orElse(defaultTimeout);
    }

    /**
     * Blocks until {@code strategy} holds.
     *
     * @throws WaitFailure when it times out or the container exits first
     */
    public void await(WaitStrategy strategy) throws WaitFailure, InterruptedException {
        long deadline = System.nanoTime() + timeoutOf(strategy).toNanos();
        await(strategy, deadline);
    }

    /** Runs {@code strategy} until {@code deadline} (a {@link System#nanoTime()}); its kind says how. */
    void await(WaitStrategy strategy, long deadline) throws WaitFailure, InterruptedException {
        WaitStrategies.awaitable(strategy).awaitWith(this, deadline);
    }

    /** Each in order, each within its own timeout and the overall deadline. */
    void awaitAll(WaitStrategies.All all, long deadline) throws WaitFailure, InterruptedException {
        for (WaitStrategy s : all.strategies()) {
            long own = s.timeout().map(t -> System.nanoTime() + t.toNanos()).orElse(deadline);
            await(s, Math.min(own, deadline));
        }
    }

    void awaitPort(WaitStrategies.Port port, long deadline) throws WaitFailure, InterruptedException {
        PortProbe probe = new PortProbe(target);
        probe(deadline, () -> probe.isListening(port.port()), () -> probe.verdict(port.port()));
    }

    void awaitCheck(WaitStrategies.Until until, long deadline) throws WaitFailure, InterruptedException {
        new CheckWait(target).await(until, deadline);
    }

    /** Uses the inspect done after start: no extra call. */
    void awaitRunning() throws WaitFailure {
        ContainerState state = target.stateAtStart();
        if (!state.running()) {
            throw new WaitFailure(true, "the container is " + state.status() + " with exit code " + state.exitCode());
        }
    }

    void awaitLog(WaitStrategies.Log log, long deadline) throws WaitFailure, InterruptedException {
        // The followed log stream ends when the container stops, which is what tells an exit during this wait.
        // Engines have been seen not to end it (Podman 4.3, a container exiting as the request arrived), so a wait
        // still going after EXIT_GRACE asks the engine's wait endpoint too: once the container has stopped and the
        // stream has not ended within EXIT_GRACE more, the stream is cut and the whole log, read without follow,
        // decides. Most log waits are over before the first EXIT_GRACE and make no extra request.
        CompletableFuture<Void> exitedAWhileAgo = new CompletableFuture<>();
        AtomicReference<CompletableFuture<?>> exited = new AtomicReference<>();
        CompletableFuture<Void> watch = CompletableFuture.runAsync(() -> {
            if (exitedAWhileAgo.isDone()) {
                return; // the wait is over
            }
            CompletableFuture<?> stopped = target.docker().containers().waitAsync(target.id(), WaitCondition.NOT_RUNNING);
            exited.set(stopped);
            if (exitedAWhileAgo.isDone()) {
                stopped.cancel(true); // ended meanwhile: the finally below may not have seen it
            }
            // completes EXIT_GRACE after the engine answered that the container stopped; never when the wait failed
            stopped.thenRunAsync(() -> exitedAWhileAgo.complete(null), afterGrace());
        }, afterGrace());
        try {
            LogStream stream = openLogs(deadline, log.times(), exitedAWhileAgo);
            if (stream == null || !followUntilMatched(log, deadline, stream, exitedAWhileAgo)) {
                awaitLogAfterExit(log, deadline);
            }
        } finally {
            exitedAWhileAgo.cancel(false);
            watch.cancel(false);
            CompletableFuture<?> stopped = exited.get();
            if (stopped != null) {
                stopped.cancel(true);
            }
        }
    }

    private static Executor afterGrace() {
        return CompletableFuture.delayedExecutor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How long a followed log stream may outlive its container before the wait reads the log without follow. */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(2);

    /**
     * Reads the followed stream until the line has matched often enough (returns true), or the stream was cut
     * because the container had stopped a while ago (returns false).
     *
     * @throws WaitFailure at the deadline, or when the stream ended (the container stopped) without the match
     */
    private boolean followUntilMatched(WaitStrategies.Log log, long deadline, LogStream stream,
                                       CompletableFuture<Void> exitedAWhileAgo) throws WaitFailure, InterruptedException {
        AtomicInteger matches = new AtomicInteger();
        CompletableFuture<Void> abort = abortAt(deadline, stream);
        AtomicBoolean cut = new AtomicBoolean();
        CompletableFuture<Void> cutter = exitedAWhileAgo.thenRun(() -> {
            cut.set(true);
            stream.close();
        });
        boolean[] done = {false};
        Pattern pattern = log.pattern();
        try {
            stream.forEachLine(line -> {
                if (!done[0] && pattern.matcher(line.text()).find() && matches.incrementAndGet() >= log.times()) {
                    done[0] = true;
                    stream.close();
                }
            });
        } catch (UncheckedIOException closed) {
            // closed by the match, the deadline or the cutter: told apart below
        } finally {
            abort.cancel(false);
            cutter.cancel(false);
            stream.close();
        }
        if (done[0]) {
            return true;
        }
        if (Thread.interrupted()) {
            // the JDK channel closed itself on the interrupt: the stream did not end because the container did
            throw new InterruptedException("interrupted while reading the log stream");
        }
        if (cut.get() && System.nanoTime() < deadline) {
            return false;
        }
        throw logFailure(matches.get(), log.times(), deadline);
    }

    /** @return the failure of a log wait that saw {@code matches} of {@code times} lines: timed out, or the container ended */
    private static WaitFailure logFailure(int matches, int times, long deadline) {
        String seen = "saw " + matches + " of " + times + " matching line(s)";
        return System.nanoTime() >= deadline ? new WaitFailure(false, seen) : new WaitFailure(true, seen + " before the log stream ended");
    }

    /** The container has stopped but its followed stream did not end: the whole log, read without follow, decides. */
    private void awaitLogAfterExit(WaitStrategies.Log log, long deadline) throws WaitFailure {
        AtomicInteger matches = new AtomicInteger();
        Pattern pattern = log.pattern();
        try (LogStream all = target.docker().containers().logs(target.id(), LogsOptions.all())) {
            all.forEachLine(line -> {
                if (pattern.matcher(line.text()).find()) {
                    matches.incrementAndGet();
                }
            });
        }
        if (matches.get() < log.times()) {
            throw logFailure(matches.get(), log.times(), deadline);
        }
    }

    /**
     * Opens the followed log stream within the deadline. Podman sends the answer's head only with the first log
     * output (or at the container's end), so the open runs on its own thread; when the deadline passes first, the
     * stream is closed whenever it does open.
     *
     * @return the stream, or {@code null} when the container had stopped a while ago and the stream had not opened
     */
    private LogStream openLogs(long deadline, int times, CompletableFuture<Void> exitedAWhileAgo)
            throws WaitFailure, InterruptedException {
        CompletableFuture<LogStream> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(target.docker().containers().logs(target.id(), LogsOptions.all().withFollow(true)));
            } catch (RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "berth-log-wait-" + target.id().substring(0, Math.min(12, target.id().length())));
        opener.setDaemon(true);
        opener.start();
        try {
            CompletableFuture.anyOf(opening, exitedAWhileAgo).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (!opening.isDone()) {
                opening.thenAccept(LogStream::close);
                return null;
            }
            return opening.get();
        } catch (TimeoutException e) {
            opening.thenAccept(LogStream::close);
            throw new WaitFailure(false, "saw 0 of " + times + " matching line(s): the engine sent no log output");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            opening.thenAccept(LogStream::close);
            throw e;
        }
    }

    void awaitExit(long deadline) throws WaitFailure, InterruptedException {
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> target.docker().containers().waitFor(target.id(), WaitCondition.NOT_RUNNING).statusCode());
        try {
            exit.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exit.cancel(true);
            throw new WaitFailure(false, "the container was still running");
        } catch (ExecutionException e) {
            throw new WaitFailure(true, "waiting on the engine failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            exit.cancel(true);
            throw e;
        }
    }

    void awaitHttp(HttpWaitStrategy http, long deadline) throws WaitFailure, InterruptedException {
        int containerPort = http.port() != 0 ? http.port() : target.ports().keySet().stream().findFirst().orElse(0);
        Integer hostPort = target.ports().get(containerPort);
        if (hostPort == null) {
            ContainerState state = target.stateAtStart();
            if (state != null && !state.running()) {
                // an exited container has no port bindings: that is why there is none, not the spec
                throw new WaitFailure(true, "the container had exited before Berth could ask it (" + state.status()
                        + ", exit code " + state.exitCode() + ")");
            }
            throw new WaitFailure(false, "no published port to ask: publish port " + (containerPort == 0 ? "(none given)" : containerPort)
                    + " with `ports` / withExposedPorts(..)");
        }
        String url = "http://" + target.host() + ":" + hostPort + http.path();
        String[] last = {"no answer yet"};
        probe(deadline, () -> {
            try {
                HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(2000);
                int status = c.getResponseCode();
                c.disconnect();
                last[0] = "last answer " + status;
                return status == http.status();
            } catch (IOException e) {
                last[0] = "last attempt failed: " + e;
                return false;
            }
        }, () -> "asked GET " + url + " (container port " + containerPort + "); " + last[0]);
    }

    void awaitCommand(WaitStrategies.Command command, long deadline) throws WaitFailure, InterruptedException {
        String[] last = {"not run yet"};
        probe(deadline, () -> {
            try {
                ExecResult r = target.docker().exec().run(target.id(), ExecConfig.of(command.command().toArray(new String[0])));
                last[0] = "last exit code " + r.exitCode() + (r.stderr().isBlank() ? "" : ", stderr: " + r.stderr().strip());
                return r.exitCode() == 0;
            } catch (DockerException e) {
                last[0] = "last exec failed: " + e.getMessage();
                return false;
            }
        }, () -> "ran " + command.command() + "; " + last[0]);
    }

    void awaitHealthy(long deadline) throws WaitFailure, InterruptedException {
        ContainerState atStart = target.stateAtStart();
        if (atStart != null && atStart.running() && !hasHealthCheck(atStart.health())) {
            // the engine sets up health checking as it starts the container: none now means none ever
            throw WaitFailure.cannotHold(NO_HEALTH_CHECK + ", so the engine will never report it healthy", NO_HEALTH_CHECK_FIX);
        }
        String[] last = {"unknown"};
        probe(deadline, () -> {
            ContainerInspect inspect = target.docker().containers().inspect(target.id());
            ContainerState.Health health = inspect.state().health();
            if (!hasHealthCheck(health)) {
                last[0] = NO_HEALTH_CHECK;
                return false;
            }
            last[0] = health.status();
            return "healthy".equals(health.status());
        }, () -> "health status " + last[0]);
    }

    private static final String NO_HEALTH_CHECK = "the container has no health check (its image defines no HEALTHCHECK,"
            + " or disables it with HEALTHCHECK NONE)";

    private static final String NO_HEALTH_CHECK_FIX = "Fix: give the image a health check, a HEALTHCHECK instruction in its"
            + " Dockerfile (e.g. HEALTHCHECK --interval=1s CMD wget -q -O /dev/null http://localhost:8080/health; build it with"
            + " ContainerSpec.fromDockerfile(..)), or wait for something else: @WaitFor(command = ..) / Wait.forCommand(..) runs"
            + " such a check in the container without a HEALTHCHECK, and log, port and http (Wait.forLogMessage, forPort, forHttp)"
            + " wait for a log line, a listening port or an HTTP answer.";

    /** Docker leaves Health out without a health check; Podman reports it with an empty status. */
    private static boolean hasHealthCheck(ContainerState.Health health) {
        return health != null && health.status() != null && !health.status().isEmpty();
    }

    /** Probes until true, pausing with back-off; an exit wakes the pause and fails at once. */
    private void probe(long deadline, BooleanSupplier ready, Supplier<String> detail)
            throws WaitFailure, InterruptedException {
        try (ExitWatcher exit = new ExitWatcher(target.docker(), target.id())) {
            Duration pause = FIRST_PAUSE;
            while (true) {
                if (ready.getAsBoolean()) {
                    return;
                }
                if (exit.hasExited()) {
                    throw new WaitFailure(true, detail.get());
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new WaitFailure(false, detail.get());
                }
                if (exit.pause(Duration.ofNanos(Math.min(left, pause.toNanos())))) {
                    throw new WaitFailure(true, detail.get());
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static CompletableFuture<Void> abortAt(long deadline, AutoCloseable stream) {
        long delay = Math.max(0, deadline - System.nanoTime());
        return CompletableFuture.runAsync(() -> {
            try {
                stream.close();
            } catch (Exception ignored) {
                // already closed
            }
        }, CompletableFuture.delayedExecutor(delay, TimeUnit.NANOSECONDS));
    }
}
