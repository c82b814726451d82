package dev.berth.internal.reaper;

import dev.berth.internal.BerthLog;
import dev.berth.internal.Session;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;

/**
 * Guards a session's resources on each engine it uses: one JVM shutdown hook sweeping every guarded engine, and
 * per engine one watchdog process that sweeps after this JVM is gone. Both are set up when an engine is first
 * guarded (before anything is created on it), the watchdog on a background thread; the first create request waits
 * until the watchdog is launched ({@link Ledger#track}), so that no container exists unwatched, while the launch
 * itself overlaps the work before that request.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class SessionGuard {

    private static final long HOOK_BUDGET_MILLIS = 10_000;
    private static final long LAUNCH_WAIT_MILLIS = 10_000;
    private static final long LAUNCH_CHECK_MILLIS = 2_000;

    private final String sessionLabel;
    private final boolean watchdogEnabled;
    private final Map<WatchdogTarget, Guarded> engines = new ConcurrentHashMap<>();
    private final AtomicBoolean hookRegistered = new AtomicBoolean();
    private final Ledger ledger = new Ledger(this::awaitLaunches);

    public SessionGuard(String sessionLabel, boolean watchdogEnabled) {
        this.sessionLabel = sessionLabel;
        this.watchdogEnabled = watchdogEnabled;
    }

    /** @return what the session created and has not seen removed */
    public Ledger ledger() {
        return ledger;
    }

    /**
     * @param engine the engine
     * @param foundVia how it was found, for the one INFO line per engine and JVM, e.g. {@code DOCKER_HOST}
     */
    public void guard(WatchdogTarget engine, String foundVia) {
        engines.computeIfAbsent(engine, e -> {
            BerthLog.get().log(Level.INFO, () -> "Berth uses the Docker engine at " + e.host() + " (found via " + foundVia + ")");
            return start(e);
        });
    }

    /** @return the process ids of the watchdogs launched so far (for tests and diagnostics) */
    public List<Long> watchdogs() {
        List<Long> pids = new ArrayList<>();
        engines.values().forEach(g -> {
            if (g.pid != null) {
                pids.add(g.pid);
            }
        });
        return pids;
    }

    private Guarded start(WatchdogTarget engine) {
        if (hookRegistered.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::sweepAll, "berth-shutdown-sweep"));
        }
        Guarded guarded = new Guarded(engine);
        if (watchdogEnabled) {
            Thread launcher = new Thread(() -> guarded.launch(sessionLabel), "berth-watchdog-launcher");
            launcher.setDaemon(true);
            launcher.start();
        } else {
            guarded.launched.countDown();
            BerthLog.get().log(Level.DEBUG, () -> "Berth's watchdog process is off (" + Session.WATCHDOG_PROPERTY_NAME
                    + "=false): containers left by a killed JVM stay on " + engine.host());
        }
        return guarded;
    }

    /** Before a create request: waits (within a bound) until every guarded engine's watchdog has been launched. */
    private void awaitLaunches() {
        for (Guarded guarded : engines.values()) {
            try {
                if (!guarded.launched.await(LAUNCH_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    BerthLog.get().log(Level.WARNING, "Berth's watchdog process for " + guarded.engine.host() + " was not launched"
                            + " within " + LAUNCH_WAIT_MILLIS + " ms; going on without waiting for it");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Sweeps every guarded engine in parallel, within a bound so that a hung engine cannot hang the JVM's exit;
     * nothing when the ledger shows everything removed.
     */
    private void sweepAll() {
        if (ledger.isClear()) {
            return;
        }
        List<Thread> sweeps = new ArrayList<>();
        for (WatchdogTarget engine : engines.keySet()) {
            Thread sweep = new Thread(() -> {
                try {
                    int removed = new LabelSweeper(engine, sessionLabel).sweep();
                    if (removed > 0) {
                        BerthLog.get().log(Level.DEBUG, () -> "Berth's shutdown hook removed " + removed
                                + " containers and networks left by this session on " + engine.host());
                    }
                } catch (IOException | RuntimeException e) {
                    BerthLog.get().log(Level.WARNING, "Berth's shutdown hook could not sweep " + engine.host() + " for ["
                            + sessionLabel + "]; the watchdog process will retry", e);
                }
            }, "berth-shutdown-sweep-" + engine.host());
            sweep.setDaemon(true);
            sweep.start();
            sweeps.add(sweep);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HOOK_BUDGET_MILLIS);
        for (Thread sweep : sweeps) {
            try {
                sweep.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final class Guarded {
        final WatchdogTarget engine;
        final CountDownLatch launched = new CountDownLatch(1);
        volatile Long pid;

        Guarded(WatchdogTarget engine) {
            this.engine = engine;
        }

        void launch(String sessionLabel) {
            try {
                pid = Watchdog.launch(engine, sessionLabel);
                BerthLog.get().log(Level.DEBUG, () -> "Berth's watchdog process for " + engine.host() + " runs as pid " + pid);
            } catch (IOException | RuntimeException e) {
                BerthLog.get().log(Level.WARNING, "Berth could not launch its watchdog process; containers of this session"
                        + " will still be removed at scope end and on a normal JVM exit, but not after a SIGKILL", e);
                return;
            } finally {
                launched.countDown();
            }
            checkAlive();
        }

        /** A watchdog that could not start its JVM is gone a moment after its launch: say so, once. */
        private void checkAlive() {
            try {
                Thread.sleep(LAUNCH_CHECK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return;
            }
            BerthLog.get().log(Level.WARNING, "Berth's watchdog process (pid " + pid + ") ended right after its launch;"
                    + " containers of this session will still be removed at scope end and on a normal JVM exit, but not"
                    + " after a SIGKILL. Check that " + System.getProperty("java.home") + "/bin/java can run.");
        }
    }
}
