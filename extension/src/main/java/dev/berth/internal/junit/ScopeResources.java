package dev.berth.internal.junit;

import dev.berth.CleanupException;
import dev.berth.internal.container.ManagedContainer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The containers and networks of one scope, stored in that scope's store so that JUnit closes them when the scope
 * ends, on every path. Containers are registered as soon as each is ready, so a failure part-way through a start
 * still removes those that started. Closing removes dependents before the containers they depend on (those of one
 * level in parallel), then the scope's networks. Shared containers are members (visible by name) but not owned.
 */
@SuppressWarnings("deprecation") // Store.CloseableResource: kept for JUnit 5.10..5.12
final class ScopeResources implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final String where;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final List<ScopeNetwork> networks = new ArrayList<>();
    /** Separate from {@code this}, which guards the members that the start's worker threads register. */
    private final Object startLock = new Object();
    private boolean started;
    private RuntimeException startFailure;

    ScopeResources(String where) {
        this.where = where;
    }

    /**
     * A container visible in this scope.
     *
     * @param order its place among the scope's declarations, which messages list names in
     */
    record Member(Declaration declaration, ManagedContainer container, boolean owned, int order) {
        String name() {
            return declaration.name();
        }
    }

    /**
     * Runs the scope's start once; later calls (another callback or a parameter resolved before {@code @BeforeAll}
     * under {@code PER_CLASS}) see the same outcome.
     */
    void startOnce(Runnable start) {
        synchronized (startLock) {
            if (startFailure != null) {
                throw startFailure;
            }
            if (started) {
                return;
            }
            started = true;
            try {
                start.run();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
    }

    synchronized void add(Member member) {
        members.put(member.name(), member);
    }

    synchronized void addNetwork(ScopeNetwork network) {
        networks.add(network);
    }

    synchronized Optional<ScopeNetwork> network(String logicalName) {
        return networks.stream().filter(n -> n.logicalName().equals(logicalName)).findFirst();
    }

    synchronized Optional<Member> find(String name) {
        return Optional.ofNullable(members.get(name));
    }

    /** @return the members in declaration order */
    synchronized List<Member> members() {
        List<Member> sorted = new ArrayList<>(members.values());
        sorted.sort(Comparator.comparingInt(Member::order));
        return sorted;
    }

    String where() {
        return where;
    }

    @Override
    public void close() {
        List<Member> owned;
        List<ScopeNetwork> ownedNetworks;
        synchronized (this) {
            owned = new ArrayList<>();
            members.values().stream().filter(Member::owned).forEach(owned::add);
            ownedNetworks = new ArrayList<>(networks);
            members.clear();
            networks.clear();
        }
        List<RuntimeException> failures = new ArrayList<>();
        for (List<Member> level : teardownLevels(owned)) {
            runAll(level.stream().<Supplier<RuntimeException>>map(m -> () -> quietly(m.container()::close)).toList(), failures);
        }
        Collections.reverse(ownedNetworks);
        for (ScopeNetwork network : ownedNetworks) {
            RuntimeException failure = quietly(network::close);
            if (failure != null) {
                failures.add(failure);
            }
        }
        if (!failures.isEmpty()) {
            CleanupException e = new CleanupException("Berth could not remove everything of " + where
                    + " at the end of its scope (the shutdown hook retries): " + failures.get(0).getMessage(), failures.get(0));
            failures.subList(1, failures.size()).forEach(e::addSuppressed);
            throw e;
        }
    }

    /**
     * Orders removal: first the containers nothing in this scope depends on, then those only they depended on,
     * and so on. Within a level, later-ready containers come first.
     */
    static List<List<Member>> teardownLevels(List<Member> owned) {
        Map<String, Member> byName = new LinkedHashMap<>();
        owned.forEach(m -> byName.put(m.name(), m));
        Map<String, Integer> level = new HashMap<>();
        for (Member m : owned) {
            depth(m.name(), byName, level);
        }
        List<List<Member>> levels = new ArrayList<>();
        List<Member> reversed = new ArrayList<>(owned);
        Collections.reverse(reversed);
        for (Member m : reversed) {
            int l = level.get(m.name());
            while (levels.size() <= l) {
                levels.add(new ArrayList<>());
            }
            levels.get(l).add(m);
        }
        return levels;
    }

    /** A container's level is one more than the highest level of the containers that depend on it. */
    private static int depth(String name, Map<String, Member> byName, Map<String, Integer> level) {
        Integer known = level.get(name);
        if (known != null) {
            return known;
        }
        level.put(name, 0);
        int d = 0;
        for (Member other : byName.values()) {
            if (other.declaration().spec().dependsOn().contains(name) && !other.name().equals(name)) {
                d = Math.max(d, depth(other.name(), byName, level) + 1);
            }
        }
        level.put(name, d);
        return d;
    }

    private static void runAll(List<Supplier<RuntimeException>> tasks, List<RuntimeException> failures) {
        if (tasks.size() == 1) {
            RuntimeException failure = tasks.get(0).get();
            if (failure != null) {
                failures.add(failure);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size(), r -> {
            Thread t = new Thread(r, "berth-remove");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RuntimeException>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(pool.submit(task::get)));
            for (Future<RuntimeException> future : futures) {
                RuntimeException failure = awaitUninterruptibly(future);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Teardown must finish even when the test thread was interrupted: the interrupt is kept for the caller. */
    private static RuntimeException awaitUninterruptibly(Future<RuntimeException> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return new CleanupException("removal failed", e.getCause());
                } catch (TimeoutException e) {
                    return new CleanupException("removal did not finish within a minute");
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException quietly(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
