package dev.berth.internal.junit;

import java.util.ArrayList;
import java.util.List;

/**
 * The validated declarations of one scope (a class, or a test invocation), in declaration order.
 *
 * @param where how messages name the scope, e.g. {@code [FooTest]}
 * @param declarations the declarations
 */
record ScopePlan(String where, List<Declaration> declarations) {

    boolean isEmpty() {
        return declarations.isEmpty();
    }

    List<String> names() {
        List<String> names = new ArrayList<>();
        declarations.forEach(d -> names.add(d.name()));
        return names;
    }
}
