package dev.berth.docker.internal;

import dev.berth.docker.model.ContainerConfig;
import dev.berth.docker.model.UpdateConfig;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Renders the engine models that Berth sends as request bodies, so that writing requests stays with the client
 * and off the models' public surface. Each model hands its private renderer over once, when its class is
 * initialised (a set-once bridge, not mutable state: a second registration fails).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RequestBodies {

    private static volatile Function<ContainerConfig, Map<String, Object>> containerConfig;
    private static volatile Function<UpdateConfig, Map<String, Object>> updateConfig;

    private RequestBodies() {
    }

    /**
     * @param config a container to create
     * @return the body of {@code POST /containers/create}
     */
    public static Map<String, Object> of(ContainerConfig config) {
        Objects.requireNonNull(config, "config");
        return containerConfig.apply(config);
    }

    /**
     * @param update resources to update
     * @return the body of {@code POST /containers/{id}/update}
     */
    public static Map<String, Object> of(UpdateConfig update) {
        Objects.requireNonNull(update, "update");
        return updateConfig.apply(update);
    }

    /**
     * Called once by {@code ContainerConfig}'s class initialiser.
     *
     * @param renderer its renderer
     */
    public static synchronized void registerContainerConfig(Function<ContainerConfig, Map<String, Object>> renderer) {
        if (containerConfig != null) {
            throw new IllegalStateException("the ContainerConfig renderer is already registered");
        }
        containerConfig = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * Called once by {@code UpdateConfig}'s class initialiser.
     *
     * @param renderer its renderer
     */
    public static synchronized void registerUpdateConfig(Function<UpdateConfig, Map<String, Object>> renderer) {
        if (updateConfig != null) {
            throw new IllegalStateException("the UpdateConfig renderer is already registered");
        }
        updateConfig = Objects.requireNonNull(renderer, "renderer");
    }
}
