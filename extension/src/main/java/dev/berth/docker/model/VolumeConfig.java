package dev.berth.docker.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code VolumeConfig} describes a volume to create with {@code POST /volumes/create}. Immutable: every
 * {@code withX} returns a copy.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param name the volume's name; empty for one the engine generates
 * @param driver e.g. {@code local}
 * @param driverOpts driver options, e.g. {@code type=tmpfs}
 * @param labels its labels
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record VolumeConfig(Optional<String> name, String driver, Map<String, String> driverOpts, Map<String, String> labels) {

    /** Copies the maps. */
    public VolumeConfig {
        Objects.requireNonNull(name, "name");
        driverOpts = Map.copyOf(driverOpts);
        labels = Map.copyOf(labels);
    }

    /**
     * A local volume.
     *
     * @param name its name
     * @return the configuration
     */
    public static VolumeConfig named(String name) {
        return new VolumeConfig(Optional.of(Objects.requireNonNull(name, "name")), "local", Map.of(), Map.of());
    }

    /** @return a local volume with a name the engine generates */
    public static VolumeConfig anonymous() {
        return new VolumeConfig(Optional.empty(), "local", Map.of(), Map.of());
    }

    /** @param driver e.g. {@code local} @return a copy */
    public VolumeConfig withDriver(String driver) {
        return new VolumeConfig(name, driver, driverOpts, labels);
    }

    /** @param key a driver option @param value its value @return a copy */
    public VolumeConfig withDriverOpt(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(driverOpts);
        copy.put(key, value);
        return new VolumeConfig(name, driver, copy, labels);
    }

    /** @param key a label's key @param value its value @return a copy */
    public VolumeConfig withLabel(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(labels);
        copy.put(key, value);
        return new VolumeConfig(name, driver, driverOpts, copy);
    }
}
