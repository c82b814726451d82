package dev.berth.internal.junit;

import dev.berth.docker.DockerClient;
import dev.berth.docker.NotFoundException;
import dev.berth.docker.model.NetworkConfig;
import dev.berth.internal.BerthLog;
import dev.berth.internal.RandomIds;
import dev.berth.internal.Session;
import java.lang.System.Logger.Level;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A user-defined network Berth created for a scope's {@code network} attribute, labelled with the session.
 * Its engine name is unique ({@code berth-<logical>-<random>}), so concurrent runs never collide; containers find
 * each other by their names as aliases.
 */
@SuppressWarnings("deprecation") // Store.CloseableResource: kept for JUnit 5.10..5.12
final class ScopeNetwork implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    static final String NETWORK_LABEL = "dev.berth.network";

    private final DockerClient docker;
    private final String logicalName;
    private final String engineName;
    private final String id;
    private volatile boolean closed;

    private ScopeNetwork(DockerClient docker, String logicalName, String engineName, String id) {
        this.docker = docker;
        this.logicalName = logicalName;
        this.engineName = engineName;
        this.id = id;
    }

    static ScopeNetwork create(RunEngine engine, String logicalName) {
        String engineName = "berth-" + logicalName + "-" + RandomIds.shortId();
        NetworkConfig config = NetworkConfig.of(engineName).withLabel(NETWORK_LABEL, logicalName);
        for (Map.Entry<String, String> label : Session.current().labels().entrySet()) {
            config = config.withLabel(label.getKey(), label.getValue());
        }
        NetworkConfig labelled = config;
        String id = Session.current().ledger().track(() -> engine.docker().networks().create(labelled));
        BerthLog.get().log(Level.DEBUG, () -> "created network " + engineName + " (\"" + logicalName + "\", id " + shortId(id) + ")");
        return new ScopeNetwork(engine.docker(), logicalName, engineName, id);
    }

    String logicalName() {
        return logicalName;
    }

    /** @return the name containers join with */
    String engineName() {
        return engineName;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            docker.networks().remove(id);
        } catch (NotFoundException gone) {
            // removed already: the goal holds
        }
        Session.current().ledger().removed(id);
        BerthLog.get().log(Level.DEBUG, () -> "removed network " + engineName + " (\"" + logicalName + "\", id " + shortId(id) + ")");
    }

    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
