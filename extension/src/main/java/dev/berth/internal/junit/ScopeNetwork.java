package dev.berth.internal.junit;

import dev.berth.internal.Session;
import dev.berth.internal.reaper.EngineNetworks;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A user-defined network Berth created for a scope's {@code network} attribute, labelled with the session.
 * Its engine name is unique ({@code berth-<logical>-<random>}), so concurrent runs never collide; containers find
 * each other by their names as aliases.
 */
@SuppressWarnings("deprecation") // Store.CloseableResource: kept for JUnit 5.10..5.12
final class ScopeNetwork implements org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource, AutoCloseable {

    static final String NETWORK_LABEL = "dev.berth.network";

    private final EngineNetworks networks;
    private final String logicalName;
    private final String engineName;
    private final String id;
    private volatile boolean closed;

    private ScopeNetwork(EngineNetworks networks, String logicalName, String engineName, String id) {
        this.networks = networks;
        this.logicalName = logicalName;
        this.engineName = engineName;
        this.id = id;
    }

    static ScopeNetwork create(Engine engine, String logicalName) {
        EngineNetworks networks = new EngineNetworks(engine.address());
        String engineName = "berth-" + logicalName + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> labels = new HashMap<>(Session.current().labels());
        labels.put(NETWORK_LABEL, logicalName);
        return new ScopeNetwork(networks, logicalName, engineName, networks.create(engineName, labels));
    }

    String logicalName() {
        return logicalName;
    }

    /** @return the name containers join with */
    String engineName() {
        return engineName;
    }

    String id() {
        return id;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            networks.remove(id);
        }
    }
}
