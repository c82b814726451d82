package dev.berth.internal.reaper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;

/**
 * The watchdog process: watches the Berth JVM's process (its id and start time, so that a reused id does not
 * count) and, once that is gone however it ended (SIGKILL included) or is only a zombie, removes the session's
 * containers and networks by label. A second and a third sweep catch a container whose create request the engine
 * finished after the JVM died.
 *
 * <p>Arguments: the session label ({@code dev.berth.session=<id>}), the JVM's process id, its start time in epoch
 * milliseconds (or {@code -}), then {@link EngineAddress#toArgs()}.
 */
public final class ReaperMain {

    private static final long[] SWEEP_DELAYS_MILLIS = {0, 1000, 2000};
    private static final long POLL_MILLIS = 200;

    private ReaperMain() {
    }

    public static void main(String[] args) {
        ignore("INT");
        ignore("HUP");
        try {
            awaitExit(Long.parseLong(args[1]), args[2].equals("-") ? -1 : Long.parseLong(args[2]));
        } catch (InterruptedException e) {
            System.exit(1);
        }
        LabelSweeper sweeper = new LabelSweeper(EngineAddress.fromArgs(args, 3), args[0]);
        for (long delay : SWEEP_DELAYS_MILLIS) {
            try {
                Thread.sleep(delay);
                sweeper.sweep();
            } catch (IOException | RuntimeException e) {
                System.err.println("berth-reaper: sweep failed: " + e);
            } catch (InterruptedException e) {
                break;
            }
        }
        System.exit(0);
    }

    /** Returns once the process {@code pid} that started at {@code startMillis} (or -1: unknown) has ended. */
    private static void awaitExit(long pid, long startMillis) throws InterruptedException {
        ProcessHandle jvm = ProcessHandle.of(pid).orElse(null);
        if (jvm == null || startMillis >= 0 && jvm.info().startInstant()
                .map(i -> Math.abs(i.toEpochMilli() - startMillis) > 1000).orElse(false)) {
            return; // gone already, its id perhaps reused
        }
        while (jvm.isAlive() && !isZombie(pid)) {
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** A JVM killed while its parent does not wait for it stays a zombie, which the JDK counts as alive. */
    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state == 'Z' || state == 'X';
        } catch (IOException | RuntimeException e) {
            return false; // no /proc (macOS): isAlive alone decides
        }
    }

    /**
     * A Ctrl-C in a terminal signals the whole foreground process group; the JVM's shutdown hook cleans up then,
     * and the watchdog must outlive the JVM to sweep after it, so it ignores SIGINT and SIGHUP where it can.
     */
    private static void ignore(String signal) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Object ignoreHandler = handlerClass.getField("SIG_IGN").get(null);
            Object sig = signalClass.getConstructor(String.class).newInstance(signal);
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            handle.invoke(null, sig, ignoreHandler);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            // not on this JVM or platform: the shutdown hook still covers the JVM's own SIGINT
        }
    }
}
