package dev.berth.internal.junit;

import dev.berth.internal.container.ManagedContainer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Finds the scopes visible from a context: its own, then each enclosing one up to the root. */
final class Scopes {

    private static final String RESOURCES = "resources";

    private Scopes() {
    }

    /** @return the context's own scope, created empty on first use */
    static ScopeResources resources(ExtensionContext context, String where) {
        return Stores.scope(context).getOrComputeIfAbsent(RESOURCES, k -> new ScopeResources(where), ScopeResources.class);
    }

    /** @return the scopes visible from the context, innermost first */
    static List<ScopeResources> chain(ExtensionContext context) {
        List<ScopeResources> chain = new ArrayList<>();
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            ScopeResources scope = Stores.scope(c).get(RESOURCES, ScopeResources.class);
            if (scope != null) {
                chain.add(scope);
            }
        }
        return chain;
    }

    /** @return the containers visible from the context by name: an inner scope's container hides an outer one's */
    static Map<String, ScopeResources.Member> visible(ExtensionContext context) {
        Map<String, ScopeResources.Member> visible = new LinkedHashMap<>();
        for (ScopeResources scope : chain(context)) {
            for (ScopeResources.Member m : scope.members()) {
                visible.putIfAbsent(m.name(), m);
            }
        }
        return visible;
    }

    /** @return each distinct container visible from the context once, innermost scope first */
    static List<ManagedContainer> containers(ExtensionContext context) {
        List<ManagedContainer> containers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ScopeResources scope : chain(context)) {
            for (ScopeResources.Member m : scope.members()) {
                if (ids.add(m.container().id())) {
                    containers.add(m.container());
                }
            }
        }
        return containers;
    }

    static Optional<ScopeResources.Member> find(ExtensionContext context, String name) {
        return Optional.ofNullable(visible(context).get(name));
    }

    /** The nearest context that is a class's (not a method's or an invocation's). */
    static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }
}
