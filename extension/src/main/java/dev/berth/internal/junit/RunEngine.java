package dev.berth.internal.junit;

import dev.berth.docker.DockerClient;
import dev.berth.docker.DockerException;
import dev.berth.docker.internal.transport.EndpointDiscovery;
import dev.berth.docker.internal.transport.EngineEndpoint;
import dev.berth.internal.Session;
import dev.berth.internal.container.ContainerStarter;
import dev.berth.internal.container.Settings;
import dev.berth.internal.reaper.WatchdogTarget;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The engine a test run uses: one {@link DockerClient} per engine, owned by the root context's store (which
 * closes it after everything else it holds), with the run's settings. Handles get a view of it whose
 * {@code close()} leaves it open ({@link DockerClient#viewOwnedBy(String)}).
 */
@SuppressWarnings("deprecation") // Store.CloseableResource: kept for JUnit 5.10..5.12, where AutoCloseable alone is not closed
final class RunEngine implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /** Who owns the client, as the view that {@code ContainerHandle.docker()} returns names it. */
    static final String OWNER = "the Berth JUnit extension for this test run, which closes it when the run ends";

    private final DockerClient docker;
    private final WatchdogTarget address;
    private final Settings settings;
    private final ContainerStarter starter;

    private RunEngine(DockerClient docker, WatchdogTarget address, Settings settings) {
        this.docker = docker;
        this.address = address;
        this.settings = settings;
        this.starter = new ContainerStarter(docker.viewOwnedBy(OWNER), settings);
    }

    /** The run's engine: created on first use, and guarded (shutdown hook, watchdog) from then on. */
    static RunEngine of(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        Optional<String> host = Configuration.dockerHost(root);
        EngineKey key = new EngineKey(host.orElse(""));
        return Stores.root(root).getOrComputeIfAbsent(key, k -> open(root, host), RunEngine.class);
    }

    private static RunEngine open(ExtensionContext root, Optional<String> host) {
        Settings settings = Configuration.settings(root);
        EngineEndpoint endpoint;
        DockerClient docker;
        if (host.isPresent()) {
            endpoint = new EngineEndpoint(host.get(), null, false, false, "berth.docker.host");
            docker = DockerClient.connect(host.get());
        } else {
            try {
                endpoint = EndpointDiscovery.fromEnvironment().discover();
            } catch (IOException e) {
                throw new DockerException(0, "", "", e.getMessage(), "Cannot find the Docker engine: " + e.getMessage(), e);
            }
            docker = DockerClient.fromEnvironment();
        }
        try {
            docker.apiVersion(); // asks the engine now, so that an absent engine fails with where Berth looked
        } catch (RuntimeException e) {
            docker.close();
            throw e;
        }
        WatchdogTarget address = WatchdogTarget.of(endpoint);
        Session.current().guard(address, endpoint.source());
        return new RunEngine(docker, address, settings);
    }

    DockerClient docker() {
        return docker;
    }

    WatchdogTarget address() {
        return address;
    }

    Settings settings() {
        return settings;
    }

    ContainerStarter starter() {
        return starter;
    }

    @Override
    public void close() {
        docker.close();
    }

    private record EngineKey(String host) {
    }
}
