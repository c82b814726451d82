package dev.berth.internal.junit;

import dev.berth.ContainerStartupException;
import dev.berth.internal.Session;
import dev.berth.internal.container.ManagedContainer;
import dev.berth.internal.container.Removal;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the containers of one scope: networks first, then every container in parallel, each after the containers
 * it depends on are ready. Each ready container is registered with the scope at once, so that whatever happens
 * next (another container failing, an interrupt) it is removed when the scope ends.
 */
final class ScopeStarter {

    static final String SCOPE_LABEL = "dev.berth.scope";
    private static final System.Logger LOG = System.getLogger("dev.berth");

    private final ExtensionContext context;
    private final ScopePlan plan;
    private final ScopeResources resources;
    private final RunEngine engine;

    private ScopeStarter(ExtensionContext context, ScopePlan plan, ScopeResources resources) {
        this.context = context;
        this.plan = plan;
        this.resources = resources;
        this.engine = RunEngine.of(context);
    }

    /** @return the containers started now (for their startup report), in readiness order */
    static List<ScopeResources.Member> start(ExtensionContext context, ScopePlan plan, ScopeResources resources) {
        if (plan.isEmpty()) {
            return List.of();
        }
        return new ScopeStarter(context, plan, resources).run();
    }

    private List<ScopeResources.Member> run() {
        Map<String, String> networks = networks();
        List<Declaration> order = dependenciesFirst(plan.declarations());
        List<ScopeResources.Member> startedNow = new ArrayList<>();
        startInParallel(order, networks, startedNow);
        report(startedNow);
        return startedNow;
    }

    private void startInParallel(List<Declaration> order, Map<String, String> networks, List<ScopeResources.Member> startedNow) {
        // even one container starts on a worker: the calling thread must stay free to react to an interrupt
        ExecutorService pool = Executors.newFixedThreadPool(order.size(), r -> {
            Thread t = new Thread(r, "berth-start");
            t.setDaemon(true);
            return t;
        });
        Map<String, Future<?>> futures = new LinkedHashMap<>();
        try {
            for (Declaration d : order) {
                List<Map.Entry<String, Future<?>>> dependencies = new ArrayList<>();
                for (String target : d.spec().dependsOn()) {
                    if (futures.containsKey(target)) {
                        dependencies.add(Map.entry(target, futures.get(target)));
                    }
                }
                futures.put(d.name(), pool.submit(() -> {
                    for (Map.Entry<String, Future<?>> dependency : dependencies) {
                        try {
                            dependency.getValue().get();
                        } catch (ExecutionException e) {
                            throw new DependencyFailed(d.label() + " was not started because \"" + dependency.getKey()
                                    + "\", which it depends on, failed to start");
                        }
                    }
                    startOne(d, networks, startedNow);
                    return null;
                }));
            }
            awaitAll(futures, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitAll(Map<String, Future<?>> futures, ExecutorService pool) {
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> future : futures.values()) {
            try {
                future.get();
            } catch (InterruptedException e) {
                interrupted(pool);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        if (failures.isEmpty()) {
            return;
        }
        Throwable first = failures.stream().filter(f -> !(f instanceof DependencyFailed)).findFirst().orElse(failures.get(0));
        failures.stream().filter(f -> f != first).forEach(first::addSuppressed);
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first instanceof Error error) {
            throw error;
        }
        throw new ContainerStartupException("Starting the containers of " + plan.where() + " failed: " + first, first);
    }

    /**
     * Interrupts the starts still running and waits until each has either registered its container with the scope
     * or removed it, so that nothing can be registered after the scope has closed; then reports the interrupt.
     * A start blocked on a socket (following logs, an exec) does not see a thread interrupt, so the scope's
     * containers are also removed by label, which ends every wait on them at once.
     */
    private void interrupted(ExecutorService pool) {
        pool.shutdownNow();
        long waited = 0;
        boolean done = false;
        while (!done) {
            // again each second: a worker may have been creating a container when the list was taken
            removeStartingContainers();
            try {
                done = pool.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException again) {
                // keep waiting: returning now could leak a container that is about to be registered
            }
            if (!done && ++waited % 60 == 0) {
                LOG.log(Level.WARNING, "Berth is still waiting for interrupted container starts of " + plan.where());
            }
        }
        Thread.currentThread().interrupt();
        throw new ContainerStartupException("Starting the containers of " + plan.where()
                + " was interrupted; the containers that had started are removed with the scope");
    }

    private void removeStartingContainers() {
        try {
            var filters = Map.of("label", List.of(Session.current().labelFilter(), SCOPE_LABEL + "=" + context.getUniqueId()));
            for (var container : engine.docker().containers().list(true, filters)) {
                try {
                    Removal.remove(engine.docker(), container.id());
                } catch (RuntimeException e) {
                    LOG.log(Level.DEBUG, () -> "could not remove " + container.id() + " after an interrupt: " + e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Berth could not remove the containers being started for " + plan.where()
                    + " after an interrupt; they are removed when the scope ends or the JVM exits", e);
        }
    }

    private void startOne(Declaration d, Map<String, String> networks, List<ScopeResources.Member> startedNow) {
        String network = d.network().isEmpty() ? null : networks.get(d.network());
        Map<String, String> labels = new HashMap<>(Session.current().labels());
        if (d.shared()) {
            labels.put(SCOPE_LABEL, "shared");
            SharedContainer holder = Stores.root(context).getOrComputeIfAbsent(
                    new SharedContainer.Key(engine.address().host(), d.spec()), k -> new SharedContainer(), SharedContainer.class);
            SharedContainer.Started started = holder.get(() -> engine.starter().start(d.spec(), labels, network));
            ScopeResources.Member member = new ScopeResources.Member(d, started.container(), false, plan.declarations().indexOf(d));
            resources.add(member);
            if (started.now()) {
                synchronized (startedNow) {
                    startedNow.add(member);
                }
            }
            return;
        }
        labels.put(SCOPE_LABEL, context.getUniqueId());
        ManagedContainer container = engine.starter().start(d.spec(), labels, network);
        ScopeResources.Member member = new ScopeResources.Member(d, container, true, plan.declarations().indexOf(d));
        resources.add(member);
        synchronized (startedNow) {
            startedNow.add(member);
        }
    }

    /** Resolves each logical network name: an enclosing scope's network, a shared one, or a new one for this scope. */
    private Map<String, String> networks() {
        Map<String, String> names = new HashMap<>();
        for (Declaration d : plan.declarations()) {
            if (d.network().isEmpty() || names.containsKey(d.network())) {
                continue;
            }
            boolean shared = plan.declarations().stream().anyMatch(o -> o.shared() && o.network().equals(d.network()));
            names.put(d.network(), (shared ? sharedNetwork(d.network()) : scopeNetwork(d.network())).engineName());
        }
        return names;
    }

    private ScopeNetwork sharedNetwork(String logicalName) {
        return Stores.root(context).getOrComputeIfAbsent(new SharedNetworkKey(engine.address().host(), logicalName),
                k -> ScopeNetwork.create(engine, logicalName), ScopeNetwork.class);
    }

    private ScopeNetwork scopeNetwork(String logicalName) {
        for (ScopeResources scope : Scopes.chain(context)) {
            var existing = scope.network(logicalName);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Object shared = Stores.root(context).get(new SharedNetworkKey(engine.address().host(), logicalName));
        if (shared instanceof ScopeNetwork network) {
            return network;
        }
        ScopeNetwork network = ScopeNetwork.create(engine, logicalName);
        resources.addNetwork(network);
        return network;
    }

    private record SharedNetworkKey(String engineHost, String logicalName) {
    }

    private void report(List<ScopeResources.Member> startedNow) {
        for (ScopeResources.Member m : startedNow) {
            // each container's INFO line was logged as it became ready (ContainerStarter); this is for report listeners
            String timings = m.container().timings().toString();
            context.publishReportEntry("berth.startup." + m.name(), timings);
        }
    }

    /** Dependencies before dependents, otherwise in declaration order. */
    static List<Declaration> dependenciesFirst(List<Declaration> declarations) {
        Map<String, Declaration> byName = new LinkedHashMap<>();
        declarations.forEach(d -> byName.put(d.name(), d));
        List<Declaration> order = new ArrayList<>();
        List<String> placed = new ArrayList<>();
        while (order.size() < declarations.size()) {
            boolean progress = false;
            for (Declaration d : declarations) {
                if (!placed.contains(d.name()) && d.spec().dependsOn().stream().allMatch(t -> placed.contains(t) || !byName.containsKey(t))) {
                    order.add(d);
                    placed.add(d.name());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("dependsOn cycle in " + byName.keySet()); // validated before: cannot happen
            }
        }
        return order;
    }

    /** A container not started because one it depends on failed; reported as suppressed under that failure. */
    static final class DependencyFailed extends ContainerStartupException {
        private static final long serialVersionUID = 1L;

        DependencyFailed(String message) {
            super(message);
        }
    }
}
