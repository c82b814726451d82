package dev.berth.internal.reaper;

import java.io.IOException;
import java.lang.reflect.Method;
import org.apiguardian.api.API;

/**
 * The watchdog process: watches the Berth JVM's process ({@link WatchedProcess}: its id and start mark, so that a
 * reused id does not count) and, once that is gone however it ended (SIGKILL included) or is only a zombie,
 * removes the session's containers and networks by label. A second and a third sweep catch a container whose
 * create request the engine finished after the JVM died.
 *
 * <p>Arguments: the session label ({@code dev.berth.session=<id>}), the JVM's process id, its start mark
 * ({@link WatchedProcess#markOfThisJvm()}), then {@link WatchdogTarget#toArgs()}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ReaperMain {

    private static final long[] SWEEP_DELAYS_MILLIS = {0, 1000, 2000};
    private static final long POLL_MILLIS = 200;

    private ReaperMain() {
    }

    public static void main(String[] args) {
        ignore("INT");
        ignore("HUP");
        if (!WatchedProcess.canWatch()) {
            System.err.println("berth-reaper: /proc does not show this process (another pid namespace): cannot watch the JVM;"
                    + " not sweeping");
            System.exit(2);
        }
        WatchedProcess jvm = new WatchedProcess(Long.parseLong(args[1]), args[2]);
        try {
            if (jvm.isAlive()) {
                System.err.println("berth-reaper: watching " + jvm);
                System.err.flush();
                do {
                    Thread.sleep(POLL_MILLIS);
                } while (jvm.isAlive());
            }
        } catch (InterruptedException e) {
            System.exit(1);
        }
        LabelSweeper sweeper = new LabelSweeper(WatchdogTarget.fromArgs(args, 3), args[0]);
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
