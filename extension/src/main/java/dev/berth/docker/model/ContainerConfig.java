package dev.berth.docker.model;

import dev.berth.docker.internal.RequestBodies;
import dev.berth.docker.internal.SecretNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code ContainerConfig} describes a container to create with {@code POST /containers/create}: image, name,
 * command, environment, labels, published ports, resources and networking.
 *
 * <p>Immutable: every {@code withX} returns a copy. Unset values take the engine's defaults.
 *
 * <pre>{@code
 * ContainerConfig config = ContainerConfig.of("busybox:stable").withCmd("sleep", "300")
 *         .withLabel("app", "demo").withPortBinding(8080, "127.0.0.1", 0);
 * }</pre>
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ContainerConfig {

    static {
        RequestBodies.registerContainerConfig(ContainerConfig::toRequestBody);
    }

    private final Map<String, Object> values;

    private ContainerConfig(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * Starts a configuration for the given image.
     *
     * @param image an image reference, e.g. {@code busybox:stable}
     * @return the configuration
     */
    public static ContainerConfig of(String image) {
        return new ContainerConfig(Map.of()).with("Image", Objects.requireNonNull(image, "image"));
    }

    private ContainerConfig with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new ContainerConfig(copy);
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String key) {
        return (T) values.get(key);
    }

    /** @param name the container's name (unique on the engine) @return a copy */
    public ContainerConfig withName(String name) {
        return with("name", name);
    }

    /** @param platform e.g. {@code linux/amd64} @return a copy */
    public ContainerConfig withPlatform(String platform) {
        return with("platform", platform);
    }

    /** @param cmd the command @return a copy */
    public ContainerConfig withCmd(String... cmd) {
        return with("Cmd", List.of(cmd));
    }

    /** @param entrypoint the entrypoint @return a copy */
    public ContainerConfig withEntrypoint(String... entrypoint) {
        return with("Entrypoint", List.of(entrypoint));
    }

    /** @param key a variable's name @param value its value @return a copy */
    public ContainerConfig withEnv(String key, String value) {
        List<String> env = new ArrayList<>(this.<List<String>>get("Env") == null ? List.of() : get("Env"));
        env.add(key + "=" + value);
        return with("Env", List.copyOf(env));
    }

    /** @param key a label's key @param value its value @return a copy */
    public ContainerConfig withLabel(String key, String value) {
        Map<String, String> labels = new LinkedHashMap<>(this.<Map<String, String>>get("Labels") == null ? Map.of() : get("Labels"));
        labels.put(key, value);
        return with("Labels", labels);
    }

    /** @param labels labels to add @return a copy */
    public ContainerConfig withLabels(Map<String, String> labels) {
        ContainerConfig c = this;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            c = c.withLabel(e.getKey(), e.getValue());
        }
        return c;
    }

    /**
     * Publishes a TCP container port.
     *
     * @param containerPort the container port
     * @param hostIp the host address to bind, e.g. {@code 127.0.0.1}
     * @param hostPort the host port, 0 for a free one
     * @return a copy
     */
    public ContainerConfig withPortBinding(int containerPort, String hostIp, int hostPort) {
        Map<String, List<PortBinding>> ports = new LinkedHashMap<>(this.<Map<String, List<PortBinding>>>get("PortBindings") == null ? Map.of() : get("PortBindings"));
        ports.put(containerPort + "/tcp", List.of(new PortBinding(hostIp, hostPort == 0 ? "" : String.valueOf(hostPort))));
        return with("PortBindings", ports);
    }

    /** @param workingDir the working directory @return a copy */
    public ContainerConfig withWorkingDir(String workingDir) {
        return with("WorkingDir", workingDir);
    }

    /** @param user the user @return a copy */
    public ContainerConfig withUser(String user) {
        return with("User", user);
    }

    /** @param hostname the host name @return a copy */
    public ContainerConfig withHostname(String hostname) {
        return with("Hostname", hostname);
    }

    /** @param tty whether to allocate a TTY @return a copy */
    public ContainerConfig withTty(boolean tty) {
        return with("Tty", tty);
    }

    /** @param openStdin whether stdin stays open for attach @return a copy */
    public ContainerConfig withOpenStdin(boolean openStdin) {
        return with("OpenStdin", openStdin).with("StdinOnce", openStdin);
    }

    /** @param privileged whether the container is privileged @return a copy */
    public ContainerConfig withPrivileged(boolean privileged) {
        return with("Privileged", privileged);
    }

    /** @param path a mount point @param options tmpfs options, e.g. {@code size=64m} @return a copy */
    public ContainerConfig withTmpfs(String path, String options) {
        Map<String, String> tmpfs = new LinkedHashMap<>(this.<Map<String, String>>get("Tmpfs") == null ? Map.of() : get("Tmpfs"));
        tmpfs.put(path, options);
        return with("Tmpfs", tmpfs);
    }

    /** @param bytes the memory limit @return a copy */
    public ContainerConfig withMemory(long bytes) {
        return with("Memory", bytes);
    }

    /** @param bind a bind mount or volume, {@code source:target[:ro]} @return a copy */
    public ContainerConfig withBind(String bind) {
        List<String> binds = new ArrayList<>(this.<List<String>>get("Binds") == null ? List.of() : get("Binds"));
        binds.add(bind);
        return with("Binds", List.copyOf(binds));
    }

    /** @param network a network name @param aliases the container's aliases on it @return a copy */
    public ContainerConfig withNetwork(String network, String... aliases) {
        return with("NetworkMode", network).with("Aliases", List.of(aliases));
    }

    /**
     * Adds a legacy link to another container on the default bridge network (user networks and aliases are the
     * modern way: {@link #withNetwork}).
     *
     * @param container the target container's name
     * @param alias the name it is known by in this container
     * @return a copy
     */
    public ContainerConfig withLink(String container, String alias) {
        List<String> links = new ArrayList<>(this.<List<String>>get("Links") == null ? List.of() : get("Links"));
        links.add(container + ":" + alias);
        return with("Links", List.copyOf(links));
    }

    /** @param autoRemove whether the engine removes the container when it exits @return a copy */
    public ContainerConfig withAutoRemove(boolean autoRemove) {
        return with("AutoRemove", autoRemove);
    }

    /** @param readonly whether the root filesystem is read-only @return a copy */
    public ContainerConfig withReadonlyRootfs(boolean readonly) {
        return with("ReadonlyRootfs", readonly);
    }

    /** @param signal the stop signal, e.g. {@code SIGINT} @return a copy */
    public ContainerConfig withStopSignal(String signal) {
        return with("StopSignal", signal);
    }

    /**
     * Sets a health check.
     *
     * @param test e.g. {@code CMD-SHELL, "test -f /ready"}
     * @param intervalNanos time between checks
     * @param retries failures before unhealthy
     * @return a copy
     */
    public ContainerConfig withHealthcheck(List<String> test, long intervalNanos, int retries) {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("Test", test);
        health.put("Interval", intervalNanos);
        health.put("Retries", retries);
        return with("Healthcheck", health);
    }

    /** @param name {@code no}, {@code always}, {@code unless-stopped}, {@code on-failure} @param maxRetries for on-failure @return a copy */
    public ContainerConfig withRestartPolicy(String name, int maxRetries) {
        return with("RestartPolicy", Map.of("Name", name, "MaximumRetryCount", maxRetries));
    }

    /** @return the image reference */
    public String image() {
        return get("Image");
    }

    /** @return the container's name, if set */
    public Optional<String> name() {
        return Optional.ofNullable(get("name"));
    }

    /** @return the platform, if set */
    public Optional<String> platform() {
        return Optional.ofNullable(get("platform"));
    }

    /** @return the labels */
    public Map<String, String> labels() {
        Map<String, String> labels = get("Labels");
        return labels == null ? Map.of() : Map.copyOf(labels);
    }

    /**
     * Renders the create body as the engine expects it (for Berth's client).
     *
     * @return the JSON-ready body
     */
    private Map<String, Object> toRequestBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> host = new LinkedHashMap<>();
        for (String key : List.of("Image", "Cmd", "Entrypoint", "Env", "Labels", "WorkingDir", "User", "Hostname", "Tty",
                "OpenStdin", "StdinOnce", "StopSignal", "Healthcheck")) {
            if (values.containsKey(key)) {
                body.put(key, values.get(key));
            }
        }
        if (values.containsKey("OpenStdin")) {
            body.put("AttachStdin", values.get("OpenStdin"));
        }
        for (String key : List.of("Privileged", "Tmpfs", "Memory", "Binds", "NetworkMode", "AutoRemove", "ReadonlyRootfs", "RestartPolicy", "Links")) {
            if (values.containsKey(key)) {
                host.put(key, values.get(key));
            }
        }
        Map<String, List<PortBinding>> ports = get("PortBindings");
        if (ports != null) {
            Map<String, Object> exposed = new LinkedHashMap<>();
            Map<String, Object> bindings = new LinkedHashMap<>();
            ports.forEach((port, list) -> {
                exposed.put(port, Map.of());
                List<Map<String, String>> out = new ArrayList<>();
                for (PortBinding b : list) {
                    Map<String, String> m = new HashMap<>();
                    m.put("HostIp", b.hostIp());
                    m.put("HostPort", b.hostPort());
                    out.add(m);
                }
                bindings.put(port, out);
            });
            body.put("ExposedPorts", exposed);
            host.put("PortBindings", bindings);
        }
        if (!host.isEmpty()) {
            body.put("HostConfig", host);
        }
        String network = get("NetworkMode");
        List<String> aliases = get("Aliases");
        if (network != null && aliases != null && !aliases.isEmpty()) {
            body.put("NetworkingConfig", Map.of("EndpointsConfig", Map.of(network, Map.of("Aliases", aliases))));
        }
        return body;
    }

    /** Shows the configuration with the values of secret-looking variables (PASSWORD, SECRET, TOKEN) masked. */
    @Override
    public String toString() {
        Map<String, Object> shown = new LinkedHashMap<>(values);
        List<String> env = get("Env");
        if (env != null) {
            shown.put("Env", SecretNames.maskEntries(env));
        }
        return "ContainerConfig" + shown;
    }
}
