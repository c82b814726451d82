package dev.berth.internal.wait;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Why a wait failed: timed out, the container exited, or what is awaited can never hold (then with the fix); with
 * what was checked last. The starter turns it into a {@link dev.berth.ContainerStartupException} with the
 * container's report.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class WaitFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean exited;
    private final String fix;

    public WaitFailure(boolean exited, String detail) {
        this(exited, detail, (Throwable) null);
    }

    /** @param cause what a user's check last threw, or {@code null} */
    public WaitFailure(boolean exited, String detail, Throwable cause) {
        super(detail, cause);
        this.exited = exited;
        this.fix = null;
    }

    private WaitFailure(String detail, String fix) {
        super(detail);
        this.exited = false;
        this.fix = fix;
    }

    /**
     * @param detail why the wait can never succeed
     * @param fix what to change, starting with {@code Fix:}
     * @return a failure that needs no timeout to be known
     */
    public static WaitFailure cannotHold(String detail, String fix) {
        return new WaitFailure(detail, fix);
    }

    /** @return whether the container exited (rather than the wait timing out) */
    public boolean exited() {
        return exited;
    }

    /** @return the fix when the wait can never hold, else empty (it timed out or the container exited) */
    public Optional<String> cannotHoldFix() {
        return Optional.ofNullable(fix);
    }
}
