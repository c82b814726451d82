package dev.berth.internal.reaper;

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
 * per engine one watchdog process that sweeps after this JVM is gone. Both are set up lazily on first use, the
 * watchdog on a background thread, so that a run that starts no container pays nothing and the first container
 * does not wait for the watchdog's JVM to boot.
 */
public final class SessionGuard {

    private static final System.Logger LOG = System.getLogger("dev.berth");
    private static final long HOOK_BUDGET_MILLIS = 10_000;

    private final String sessionLabel;
    private final boolean watchdogEnabled;
    private final Map<EngineAddress, Guarded> engines = new ConcurrentHashMap<>();
    private final AtomicBoolean hookRegistered = new AtomicBoolean();

    public SessionGuard(String sessionLabel, boolean watchdogEnabled) {
        this.sessionLabel = sessionLabel;
        this.watchdogEnabled = watchdogEnabled;
    }

    public void guard(EngineAddress engine) {
        engines.computeIfAbsent(engine, this::start);
    }

    /** @return the watchdog processes launched so far (for tests and diagnostics) */
    public List<Process> watchdogs() {
        List<Process> processes = new ArrayList<>();
        engines.values().forEach(g -> {
            if (g.process != null) {
                processes.add(g.process);
            }
        });
        return processes;
    }

    private Guarded start(EngineAddress engine) {
        if (hookRegistered.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::sweepAll, "berth-shutdown-sweep"));
        }
        Guarded guarded = new Guarded();
        if (watchdogEnabled) {
            Thread launcher = new Thread(() -> guarded.launch(engine, sessionLabel), "berth-watchdog-launcher");
            launcher.setDaemon(true);
            launcher.start();
        }
        return guarded;
    }

    /** Sweeps every guarded engine in parallel, within a bound so that a hung engine cannot hang the JVM's exit. */
    private void sweepAll() {
        List<Thread> sweeps = new ArrayList<>();
        for (EngineAddress engine : engines.keySet()) {
            Thread sweep = new Thread(() -> {
                try {
                    int removed = new LabelSweeper(engine, sessionLabel).sweep();
                    if (removed > 0) {
                        LOG.log(Level.DEBUG, () -> "Berth's shutdown hook removed " + removed
                                + " containers and networks left by this session on " + engine.host());
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Berth's shutdown hook could not sweep " + engine.host() + " for ["
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
        /** Strongly held for the JVM's life: see {@link Watchdog}. */
        volatile Process process;

        void launch(EngineAddress engine, String sessionLabel) {
            try {
                process = Watchdog.launch(engine, sessionLabel);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Berth could not launch its watchdog process; containers of this session"
                        + " will still be removed at scope end and on a normal JVM exit, but not after a SIGKILL", e);
            }
        }
    }
}
