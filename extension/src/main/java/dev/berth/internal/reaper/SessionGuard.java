package dev.berth.internal.reaper;

import dev.berth.internal.BerthLog;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Guards a session's resources on each engine it uses: one JVM shutdown hook sweeping every guarded engine, and
 * per engine one watchdog process that sweeps after this JVM is gone. The hook is registered when an engine is
 * first guarded; the watchdogs are launched, on a background thread, when the first create request goes out
 * ({@link Ledger#track}), so that a run that creates nothing pays nothing, and the watchdog's JVM boots while this
 * one waits for the engine rather than while it is busy getting to its first request.
 */
public final class SessionGuard {

    private static final long HOOK_BUDGET_MILLIS = 10_000;

    private final String sessionLabel;
    private final boolean watchdogEnabled;
    private final Map<EngineAddress, Guarded> engines = new ConcurrentHashMap<>();
    private final AtomicBoolean hookRegistered = new AtomicBoolean();
    private final Ledger ledger = new Ledger(this::launchWatchdogs);

    public SessionGuard(String sessionLabel, boolean watchdogEnabled) {
        this.sessionLabel = sessionLabel;
        this.watchdogEnabled = watchdogEnabled;
    }

    /** @return what the session created and has not seen removed */
    public Ledger ledger() {
        return ledger;
    }

    public void guard(EngineAddress engine) {
        engines.computeIfAbsent(engine, this::start);
        if (ledger.hasTracked()) {
            launchWatchdogs();
        }
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

    private Guarded start(EngineAddress engine) {
        if (hookRegistered.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::sweepAll, "berth-shutdown-sweep"));
        }
        return new Guarded(engine);
    }

    /** Launches the watchdog of every guarded engine that has none yet, each on its own background thread. */
    private void launchWatchdogs() {
        if (!watchdogEnabled) {
            return;
        }
        for (Guarded guarded : engines.values()) {
            if (guarded.launching.compareAndSet(false, true)) {
                Thread launcher = new Thread(() -> guarded.launch(sessionLabel), "berth-watchdog-launcher");
                launcher.setDaemon(true);
                launcher.start();
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
        for (EngineAddress engine : engines.keySet()) {
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
        final EngineAddress engine;
        final AtomicBoolean launching = new AtomicBoolean();
        volatile Long pid;

        Guarded(EngineAddress engine) {
            this.engine = engine;
        }

        void launch(String sessionLabel) {
            try {
                pid = Watchdog.launch(engine, sessionLabel);
            } catch (IOException | RuntimeException e) {
                BerthLog.get().log(Level.WARNING, "Berth could not launch its watchdog process; containers of this session"
                        + " will still be removed at scope end and on a normal JVM exit, but not after a SIGKILL", e);
            }
        }
    }
}
