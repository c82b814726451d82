package dev.berth.docker;

import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.ContainerState;
import dev.berth.docker.model.PortBinding;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code Container} is a container as the engine last described it: id, name, image, labels, published ports and
 * status, read from one {@code GET /containers/{id}/json}. A snapshot: it does not change by itself;
 * {@link #reload()} asks the engine again. Obtain it from {@link ContainerApi#get(String)}.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Container {

    private static final int SHORT_ID_LENGTH = 12;

    private final ContainerApi api;
    private final ContainerInspect inspect;

    Container(ContainerApi api, ContainerInspect inspect) {
        this.api = Objects.requireNonNull(api, "api");
        this.inspect = Objects.requireNonNull(inspect, "inspect");
    }

    /** @return the full id */
    public String id() {
        return inspect.id();
    }

    /** @return the first 12 characters of the id, as the docker CLI shows it */
    public String shortId() {
        return id().length() <= SHORT_ID_LENGTH ? id() : id().substring(0, SHORT_ID_LENGTH);
    }

    /** @return the name, without the engine's leading {@code /} */
    public String name() {
        return inspect.simpleName();
    }

    /** @return the image reference it was created from, e.g. {@code busybox:stable} */
    public String image() {
        return inspect.config().image();
    }

    /** @return the id of its image, {@code sha256:...} */
    public String imageId() {
        return inspect.image();
    }

    /** @return its labels */
    public Map<String, String> labels() {
        Map<String, String> labels = inspect.config().labels();
        return labels == null ? Map.of() : Map.copyOf(labels);
    }

    /**
     * Returns its ports: each exposed container port ({@code 8080/tcp}) with its host bindings (empty when
     * exposed but not published).
     *
     * @return the ports
     */
    public Map<String, List<PortBinding>> ports() {
        Map<String, List<PortBinding>> ports = inspect.networkSettings() == null ? null : inspect.networkSettings().ports();
        if (ports == null) {
            return Map.of();
        }
        Map<String, List<PortBinding>> copy = new LinkedHashMap<>();
        ports.forEach((port, bindings) -> copy.put(port, bindings == null ? List.of() : List.copyOf(bindings)));
        return Collections.unmodifiableMap(copy);
    }

    /** @return {@code created}, {@code running}, {@code paused}, {@code restarting}, {@code removing}, {@code exited} or {@code dead} */
    public String status() {
        return inspect.state().status();
    }

    /** @return the state: running, exit code, health, ... */
    public ContainerState state() {
        return inspect.state();
    }

    /** @return everything the engine reported */
    public ContainerInspect inspect() {
        return inspect;
    }

    /**
     * Asks the engine for the container's current description.
     *
     * @return a new snapshot
     * @throws NotFoundException when the container has been removed
     */
    public Container reload() {
        return api.get(id());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Container c && c.inspect.equals(inspect);
    }

    @Override
    public int hashCode() {
        return inspect.hashCode();
    }

    @Override
    public String toString() {
        return "Container[name=" + name() + ", image=" + image() + ", id=" + shortId() + ", status=" + status() + "]";
    }
}
