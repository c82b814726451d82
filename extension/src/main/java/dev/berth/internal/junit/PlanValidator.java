package dev.berth.internal.junit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks the rules that span a scope: unique names, {@code dependsOn} targets, no cycles, sharing. */
final class PlanValidator {

    private PlanValidator() {
    }

    static void validate(ScopePlan plan, Collection<String> outerNames, Problems problems) {
        Map<String, Declaration> byName = new LinkedHashMap<>();
        for (Declaration d : plan.declarations()) {
            if (byName.putIfAbsent(d.name(), d) != null) {
                problems.add(d.label() + " requires a name unique within its scope, but " + plan.where()
                        + " declares \"" + d.name() + "\" twice: give one of them another name.");
            }
        }
        List<String> inScope = new ArrayList<>(byName.keySet());
        outerNames.forEach(n -> {
            if (!inScope.contains(n)) {
                inScope.add(n);
            }
        });
        for (Declaration d : plan.declarations()) {
            for (String target : d.spec().dependsOn()) {
                if (!inScope.contains(target)) {
                    problems.add(d.label() + " requires that dependsOn names a container in scope, but \"" + target
                            + "\" is not one of " + inScope + ".");
                } else if (d.shared() && byName.containsKey(target) && !byName.get(target).shared()) {
                    problems.add(d.label() + " is shared and requires that dependsOn names shared containers only,"
                            + " but \"" + target + "\" is not shared: share it too, or do not share this one.");
                }
            }
        }
        findCycle(byName).ifPresent(cycle -> problems.add(byName.get(cycle.get(0)).label()
                + " requires dependsOn without cycles, but " + String.join(" -> ", cycle)
                + " is one: remove one of these dependencies."));
    }

    private static Optional<List<String>> findCycle(Map<String, Declaration> byName) {
        Set<String> done = new HashSet<>();
        for (String start : byName.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> cycle = visit(start, byName, path, new HashMap<>(), done);
            if (cycle != null) {
                return Optional.of(cycle);
            }
        }
        return Optional.empty();
    }

    private static List<String> visit(String name, Map<String, Declaration> byName, List<String> path,
                                      Map<String, Boolean> onPath, Set<String> done) {
        if (onPath.getOrDefault(name, false)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            cycle.add(name);
            return cycle;
        }
        if (done.contains(name) || !byName.containsKey(name)) {
            return null;
        }
        onPath.put(name, true);
        path.add(name);
        for (String target : byName.get(name).spec().dependsOn()) {
            List<String> cycle = visit(target, byName, path, onPath, done);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        onPath.put(name, false);
        done.add(name);
        return null;
    }
}
