package dev.berth.docker.model;

import dev.berth.docker.internal.RequestBodies;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code UpdateConfig} is the resources and restart policy to change on a live container
 * ({@code POST /containers/{id}/update}). Only what is set is changed. Immutable: every {@code withX} returns a
 * copy.
 *
 * <pre>{@code
 * docker.containers().update(id, UpdateConfig.empty().withMemoryAndUnlimitedSwap(64 << 20).withRestartPolicy("on-failure", 3));
 * }</pre>
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class UpdateConfig {

    static {
        RequestBodies.registerUpdateConfig(UpdateConfig::toRequestBody);
    }

    private final Map<String, Object> values;

    private UpdateConfig(Map<String, Object> values) {
        this.values = values;
    }

    /** @return an update that changes nothing yet */
    public static UpdateConfig empty() {
        return new UpdateConfig(Map.of());
    }

    private UpdateConfig with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new UpdateConfig(copy);
    }

    /**
     * Sets the memory limit.
     *
     * @param bytes the limit
     * @param memorySwapBytes memory plus swap, at least {@code bytes}; {@link #withMemoryAndUnlimitedSwap} lifts the
     *                        swap limit
     * @return a copy
     */
    public UpdateConfig withMemory(long bytes, long memorySwapBytes) {
        if (memorySwapBytes < bytes) {
            throw new IllegalArgumentException("memorySwapBytes must be at least bytes (" + bytes + "), was " + memorySwapBytes
                    + "; withMemoryAndUnlimitedSwap(bytes) lifts the swap limit");
        }
        return with("Memory", bytes).with("MemorySwap", memorySwapBytes);
    }

    /**
     * Sets the memory limit and lets the container swap without limit (the engine's {@code MemorySwap: -1}).
     *
     * @param bytes the limit
     * @return a copy
     */
    public UpdateConfig withMemoryAndUnlimitedSwap(long bytes) {
        return with("Memory", bytes).with("MemorySwap", -1L);
    }

    /** @param bytes the soft memory limit @return a copy */
    public UpdateConfig withMemoryReservation(long bytes) {
        return with("MemoryReservation", bytes);
    }

    /** @param shares the relative CPU weight @return a copy */
    public UpdateConfig withCpuShares(int shares) {
        return with("CpuShares", shares);
    }

    /** @param nanoCpus CPU quota in units of 10<sup>-9</sup> CPUs, e.g. {@code 500_000_000} for half a CPU @return a copy */
    public UpdateConfig withNanoCpus(long nanoCpus) {
        return with("NanoCpus", nanoCpus);
    }

    /** @param cpus e.g. {@code 0,1} or {@code 0-3} @return a copy */
    public UpdateConfig withCpusetCpus(String cpus) {
        return with("CpusetCpus", cpus);
    }

    /** @param limit the maximum number of processes, 1 or more; {@link #withoutPidsLimit()} lifts it @return a copy */
    public UpdateConfig withPidsLimit(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit + "; withoutPidsLimit() lifts it");
        }
        return with("PidsLimit", limit);
    }

    /** @return a copy that lifts the process limit (the engine's {@code PidsLimit: -1}) */
    public UpdateConfig withoutPidsLimit() {
        return with("PidsLimit", -1L);
    }

    /**
     * Sets the restart policy.
     *
     * @param name {@code no}, {@code always}, {@code unless-stopped} or {@code on-failure}
     * @param maxRetries retries for {@code on-failure} (0 otherwise)
     * @return a copy
     */
    public UpdateConfig withRestartPolicy(String name, int maxRetries) {
        return with("RestartPolicy", Map.of("Name", name, "MaximumRetryCount", maxRetries));
    }

    /**
     * Renders the update body as the engine expects it (for Berth's client).
     *
     * @return the JSON-ready body
     */
    private Map<String, Object> toRequestBody() {
        return Map.copyOf(values);
    }

    @Override
    public String toString() {
        return "UpdateConfig" + values;
    }
}
