package dev.berth.internal.container;

import dev.berth.docker.DockerClient;

/**
 * The one client {@link dev.berth.Containers#start(dev.berth.ContainerSpec)} uses for the environment's engine
 * when the caller gives none: created on first use, closed when the JVM exits. (The extension does not use it:
 * its clients live in the root {@code ExtensionContext.Store}.)
 */
public final class SharedClient {

    private SharedClient() {
    }

    private static final class Holder {
        static final DockerClient CLIENT = create();

        private static DockerClient create() {
            DockerClient client = DockerClient.fromEnvironment();
            Runtime.getRuntime().addShutdownHook(new Thread(client::close, "berth-client-close"));
            return client;
        }
    }

    /** @return the environment's client */
    public static DockerClient get() {
        return Holder.CLIENT;
    }
}
