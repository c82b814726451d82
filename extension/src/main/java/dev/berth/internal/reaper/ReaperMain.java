package dev.berth.internal.reaper;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * The watchdog process: blocks reading its stdin, a pipe whose other end only the Berth JVM holds. The read ends
 * when that JVM is gone, however it ended (SIGKILL included); then the session's containers and networks are
 * removed by label. A second and a third sweep catch a container whose create request the engine finished after
 * the JVM died.
 *
 * <p>Arguments: the session label ({@code dev.berth.session=<id>}), then {@link EngineAddress#toArgs()}.
 */
public final class ReaperMain {

    private static final long[] SWEEP_DELAYS_MILLIS = {0, 1000, 2000};

    private ReaperMain() {
    }

    public static void main(String[] args) {
        ignore("INT");
        ignore("HUP");
        awaitEof(System.in);
        LabelSweeper sweeper = new LabelSweeper(EngineAddress.fromArgs(args, 1), args[0]);
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

    private static void awaitEof(InputStream in) {
        byte[] buffer = new byte[64];
        try {
            while (in.read(buffer) != -1) {
                // the JVM writes nothing; any bytes are ignored
            }
        } catch (IOException e) {
            // a broken pipe means the same as end of file: the JVM is gone
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
