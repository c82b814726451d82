package dev.berth.internal.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;

/**
 * Where Berth keeps state: per scope, in {@code getStore(NAMESPACE.append(uniqueId))}, so that a lookup never
 * falls through to a parent's store by accident; run-wide things (engine clients, shared containers) in the root
 * context's store.
 */
final class Stores {

    static final Namespace NAMESPACE = Namespace.create("dev.berth");

    private Stores() {
    }

    static Store root(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }

    static Store scope(ExtensionContext context) {
        return context.getStore(NAMESPACE.append(context.getUniqueId()));
    }
}
