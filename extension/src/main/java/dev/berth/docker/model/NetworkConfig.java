package dev.berth.docker.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code NetworkConfig} describes a network to create with {@code POST /networks/create}. Immutable: every
 * {@code withX} returns a copy.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param name the network's name
 * @param driver e.g. {@code bridge}
 * @param internal whether it is cut off from outside networks
 * @param attachable whether standalone containers may join (swarm overlay networks)
 * @param labels its labels
 * @param options driver options, e.g. {@code com.docker.network.bridge.name}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record NetworkConfig(String name, String driver, boolean internal, boolean attachable, Map<String, String> labels,
                            Map<String, String> options) {

    /** Copies the maps. */
    public NetworkConfig {
        Objects.requireNonNull(name, "name");
        labels = Map.copyOf(labels);
        options = Map.copyOf(options);
    }

    /**
     * A bridge network.
     *
     * @param name its name
     * @return the configuration
     */
    public static NetworkConfig of(String name) {
        return new NetworkConfig(name, "bridge", false, false, Map.of(), Map.of());
    }

    /** @param driver e.g. {@code bridge} @return a copy */
    public NetworkConfig withDriver(String driver) {
        return new NetworkConfig(name, driver, internal, attachable, labels, options);
    }

    /** @param internal whether it is cut off from outside networks @return a copy */
    public NetworkConfig withInternal(boolean internal) {
        return new NetworkConfig(name, driver, internal, attachable, labels, options);
    }

    /** @param attachable whether standalone containers may join @return a copy */
    public NetworkConfig withAttachable(boolean attachable) {
        return new NetworkConfig(name, driver, internal, attachable, labels, options);
    }

    /** @param key a label's key @param value its value @return a copy */
    public NetworkConfig withLabel(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(labels);
        copy.put(key, value);
        return new NetworkConfig(name, driver, internal, attachable, copy, options);
    }

    /** @param key a driver option @param value its value @return a copy */
    public NetworkConfig withOption(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(options);
        copy.put(key, value);
        return new NetworkConfig(name, driver, internal, attachable, labels, copy);
    }
}
