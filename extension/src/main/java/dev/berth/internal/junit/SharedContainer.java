package dev.berth.internal.junit;

import dev.berth.ContainerSpec;
import dev.berth.internal.container.ManagedContainer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A container shared across test classes: kept in the root context's store under its engine, name and spec, started
 * by the first class that needs it, and removed when the run ends. A failed start is remembered, so that every
 * class that declares it fails with the same evidence instead of retrying.
 */
@SuppressWarnings("deprecation") // Store.CloseableResource: kept for JUnit 5.10..5.12
final class SharedContainer implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /** What identifies a shared container: same engine, same name and same spec means the same container. */
    record Key(String engineHost, ContainerSpec spec) {
    }

    private ManagedContainer container;
    private RuntimeException failure;

    /**
     * @return the container, and whether this call started it
     */
    synchronized Started get(Supplier<ManagedContainer> start) {
        if (failure != null) {
            throw failure;
        }
        if (container != null) {
            return new Started(container, false);
        }
        try {
            container = start.get();
            return new Started(container, true);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    record Started(ManagedContainer container, boolean now) {
    }

    @Override
    public synchronized void close() {
        if (container != null) {
            container.close();
        }
    }
}
