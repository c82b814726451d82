package dev.berth.internal.container;

import dev.berth.docker.DockerClient;
import dev.berth.docker.internal.transport.EndpointDiscovery;
import java.io.IOException;
import org.apiguardian.api.API;

/**
 * The one client {@link dev.berth.Containers#start(dev.berth.ContainerSpec)} uses for the environment's engine
 * when the caller gives none: created on first use, closed when the JVM exits. (The extension does not use it:
 * its clients live in the root {@code ExtensionContext.Store}.)
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class SharedClient {

    /**
     * Who owns this client, as the view that {@code ContainerHandle.docker()} returns names it: the view's
     * {@code close()} leaves the client open.
     */
    public static final String OWNER = "Berth's JVM-wide client for Containers.start(ContainerSpec),"
            + " which closes it when the JVM exits";

    private SharedClient() {
    }

    private static final class Holder {
        static final String FOUND_VIA = foundVia();
        static final DockerClient CLIENT = create();

        private static String foundVia() {
            try {
                return EndpointDiscovery.fromEnvironment().discover().source();
            } catch (IOException | RuntimeException e) {
                return "the environment"; // DockerClient.fromEnvironment() below reports it
            }
        }

        private static DockerClient create() {
            DockerClient client = DockerClient.fromEnvironment();
            Runtime.getRuntime().addShutdownHook(new Thread(client::close, "berth-client-close"));
            return client;
        }
    }

    /** @return how the environment's engine was found, e.g. {@code DOCKER_HOST} or {@code the default socket} */
    public static String foundVia() {
        return Holder.FOUND_VIA;
    }

    /**
     * @return the environment's client, owned here: never close it (hand out
     *         {@code get().viewOwnedBy(OWNER)} instead)
     */
    public static DockerClient get() {
        return Holder.CLIENT;
    }
}
