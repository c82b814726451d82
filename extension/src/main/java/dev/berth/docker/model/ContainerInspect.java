package dev.berth.docker.model;

import dev.berth.docker.internal.SecretNames;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code ContainerInspect} is what {@code GET /containers/{id}/json} reports of a container (the fields tests
 * need; the engine sends more).
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param id the full id
 * @param name the name with its leading {@code /}
 * @param image the image id
 * @param created when it was created (RFC 3339)
 * @param state its state
 * @param config its configuration (image reference, labels, env, command)
 * @param networkSettings its networks and published ports
 * @param hostConfig its host configuration
 * @param restartCount how often it restarted
 * @param sizeRw size of its writable layer (with {@code size=true})
 * @param sizeRootFs size of its root filesystem (with {@code size=true})
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ContainerInspect(String id, String name, String image, String created, ContainerState state,
                               Config config, NetworkSettings networkSettings, HostConfig hostConfig,
                               int restartCount, Long sizeRw, Long sizeRootFs) {

    /**
     * The container's configuration.
     *
     * @param image the image reference it was created from
     * @param hostname its host name
     * @param user its user
     * @param env its environment, {@code KEY=value}
     * @param cmd its command
     * @param entrypoint its entrypoint
     * @param workingDir its working directory
     * @param labels its labels
     * @param tty whether it has a TTY
     * @param openStdin whether stdin is open
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Config(String image, String hostname, String user, List<String> env, List<String> cmd,
                         List<String> entrypoint, String workingDir, Map<String, String> labels, boolean tty,
                         boolean openStdin) {

        /** Shows the configuration with the values of secret-looking variables (PASSWORD, SECRET, TOKEN) masked. */
        @Override
        public String toString() {
            return "Config[image=" + image + ", hostname=" + hostname + ", user=" + user + ", env="
                    + (env == null ? null : SecretNames.maskEntries(env)) + ", cmd=" + cmd
                    + ", entrypoint=" + entrypoint + ", workingDir=" + workingDir + ", labels=" + labels + ", tty=" + tty
                    + ", openStdin=" + openStdin + "]";
        }
    }

    /**
     * The container's networks and published ports.
     *
     * @param ports container port ({@code 8080/tcp}) to its host bindings ({@code null} when not published)
     * @param networks network name to the container's endpoint on it
     * @param ipAddress its address on the default bridge
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record NetworkSettings(Map<String, List<PortBinding>> ports, Map<String, Endpoint> networks, String ipAddress) {
    }

    /**
     * The container's endpoint on one network.
     *
     * @param networkId the network's id
     * @param ipAddress the container's address on it
     * @param aliases its aliases on it
     * @param gateway the network's gateway
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Endpoint(String networkId, String ipAddress, List<String> aliases, String gateway) {
    }

    /**
     * Parts of the host configuration.
     *
     * @param memory the memory limit in bytes (0: none)
     * @param privileged whether it is privileged
     * @param networkMode its network mode
     * @param autoRemove whether the engine removes it when it exits
     * @param readonlyRootfs whether its root filesystem is read-only
     * @param restartPolicy its restart policy
     * @param links its legacy links, {@code /target:/container/alias}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record HostConfig(long memory, boolean privileged, String networkMode, boolean autoRemove,
                             boolean readonlyRootfs, RestartPolicy restartPolicy, List<String> links) {
    }

    /**
     * A restart policy.
     *
     * @param name {@code no}, {@code always}, {@code unless-stopped} or {@code on-failure}
     * @param maximumRetryCount retries for {@code on-failure}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record RestartPolicy(String name, int maximumRetryCount) {
    }

    /** @return the name without the engine's leading {@code /} */
    public String simpleName() {
        return name != null && name.startsWith("/") ? name.substring(1) : name;
    }
}
