package dev.berth.docker.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code VolumeConfig} describes a volume to create with {@code POST /volumes/create}. Immutable: every
 * {@code withX} returns a copy.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param name the volume's name, or {@code null} for a generated one
 * @param driver e.g. {@code local}
 * @param driverOpts driver options, e.g. {@code type=tmpfs}
 * @param labels its labels
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record VolumeConfig(String name, String driver, Map<String, String> driverOpts, Map<String, String> labels) {

    /** Copies the maps. */
    public VolumeConfig {
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
        return new VolumeConfig(name, "local", Map.of(), Map.of());
    }

    /** @return a local volume with a name the engine generates */
    public static VolumeConfig anonymous() {
        return new VolumeConfig(null, "local", Map.of(), Map.of());
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
