package dev.berth.internal.wait;

/**
 * Why a wait failed: timed out, or the container exited; with what was checked last. The starter turns it
 * into a {@link dev.berth.ContainerStartupException} with the container's report.
 */
public final class WaitFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean exited;

    public WaitFailure(boolean exited, String detail) {
        super(detail);
        this.exited = exited;
    }

    /** @return whether the container exited (rather than the wait timing out) */
    public boolean exited() {
        return exited;
    }
}
