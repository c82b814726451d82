package dev.berth.internal.junit;

import dev.berth.internal.container.ManagedContainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Finds the container a parameter or an {@code @ExecAssert} means: by name from the innermost scope outwards, or
 * the only container in scope. Failures list the names in scope.
 */
final class ContainerLookup {

    private ContainerLookup() {
    }

    /**
     * @param name the name asked for, or {@code ""} for the only container in scope
     * @param who what needs the container, for messages, e.g. {@code parameter [web] of [FooTest#test(ContainerHandle)]}
     * @param qualifier how to qualify, for messages, e.g. {@code @Named("db")}
     * @param failure creates the exception to throw
     */
    static ManagedContainer find(ExtensionContext context, String name, String who, Function<String, String> qualifier,
                                 Function<String, RuntimeException> failure) {
        Map<String, ScopeResources.Member> visible = Scopes.visible(context);
        List<String> names = new ArrayList<>(visible.keySet());
        if (!name.isEmpty()) {
            ScopeResources.Member member = visible.get(name);
            if (member == null) {
                throw failure.apply(who + " asks for container \"" + name + "\", but it is not in scope; the containers in"
                        + " scope are " + names + ": use one of these names, or declare it with @WithContainer(name = \""
                        + name + "\").");
            }
            return member.container();
        }
        if (names.size() == 1) {
            return visible.get(names.get(0)).container();
        }
        if (names.isEmpty()) {
            throw failure.apply(who + " needs a container, but none is in scope: declare one with @WithContainer on the"
                    + " test class, the test method or a ContainerHandle field.");
        }
        throw failure.apply(who + " is ambiguous: the containers in scope are " + names + ": qualify it with "
                + qualifier.apply(names.get(0)) + ", for example.");
    }
}
