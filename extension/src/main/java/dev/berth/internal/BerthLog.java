package dev.berth.internal;

import org.apiguardian.api.API;

/**
 * Berth's {@link System.Logger} ({@code "dev.berth"}), looked up the first time something is logged: looking it up
 * sets up the JVM's logging backend (java.util.logging's {@code LogManager} by default), which a run that logs
 * nothing, such as a program starting one container, need not pay for.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class BerthLog {

    private BerthLog() {
    }

    /** @return the logger */
    public static System.Logger get() {
        return Holder.LOG;
    }

    private static final class Holder {
        static final System.Logger LOG = System.getLogger("dev.berth");
    }
}
