package dev.berth;

import dev.berth.docker.internal.SecretNames;
import dev.berth.internal.Sizes;
import dev.berth.internal.wait.WaitStrategies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * {@code ContainerSpec} describes a container to start: image, command, environment, labels, published ports,
 * wait strategy, pull policy, network and resources. {@link Containers#start(ContainerSpec)} starts it;
 * {@link WithContainer} is turned into one.
 *
 * <pre>{@code
 * ContainerSpec spec = ContainerSpec.of("busybox:stable")
 *         .withCommand("sleep", "300").withEnv("MODE", "test").withExposedPorts(8080)
 *         .withWaitFor(Wait.forPort(8080));
 * }</pre>
 *
 * <p>Immutable: every {@code withX} returns a copy. Safe to share between threads and test classes.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ContainerSpec {

    /** The address published ports bind to unless {@link #withPortBindAddress(String)} says otherwise. */
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

    private final Fields f;

    private ContainerSpec(Fields fields) {
        this.f = fields;
    }

    /**
     * Starts a spec for the given image.
     *
     * @param image an image reference, e.g. {@code busybox:stable} or {@code registry:5000/team/app:1.2}
     * @return the spec
     * @throws IllegalArgumentException when the reference is blank
     */
    public static ContainerSpec of(String image) {
        Objects.requireNonNull(image, "image");
        if (image.isBlank()) {
            throw new IllegalArgumentException("ContainerSpec.of(..) requires an image reference, e.g. \"busybox:stable\", but it was blank");
        }
        Fields fields = new Fields();
        fields.image = image.trim();
        return new ContainerSpec(fields);
    }

    /**
     * Starts a spec for an image built from a folder with a {@code Dockerfile}. {@link Containers#start} builds
     * it on the engine (the folder is the build context; the engine's build cache makes a rebuild of unchanged
     * content quick) before creating the container, logging the build's output through
     * {@code System.Logger} "dev.berth". The image is tagged {@code berth-build/<hash of the folder's path>:latest}
     * ({@link #image()}) and labelled {@code dev.berth.managed=true}; it is kept after the container is removed,
     * so that later builds reuse its layers. With {@link PullPolicy#ALWAYS} the build pulls newer base images.
     *
     * <pre>{@code
     * try (ContainerHandle app = Containers.start(ContainerSpec.fromDockerfile(Path.of("src/test/docker/app"))
     *         .withExposedPorts(8080).withWaitFor(Wait.forPort(8080)))) { ... }
     * }</pre>
     *
     * @param directory the build context, holding a file named {@code Dockerfile}
     * @return the spec
     * @throws IllegalArgumentException when the folder or its {@code Dockerfile} does not exist
     * @since 0.1.0
     */
    public static ContainerSpec fromDockerfile(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("Dockerfile"))) {
            throw new IllegalArgumentException("ContainerSpec.fromDockerfile(..) requires a folder with a file named Dockerfile, but ["
                    + dir + "] " + (Files.isDirectory(dir) ? "has none" : "is not a folder"));
        }
        Fields fields = new Fields();
        fields.image = "berth-build/" + sha256Prefix(dir.toString()) + ":latest";
        fields.buildContext = dir;
        return new ContainerSpec(fields);
    }

    private static String sha256Prefix(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private ContainerSpec with(Consumer<Fields> change) {
        Fields copy = f.copy();
        change.accept(copy);
        return new ContainerSpec(copy);
    }

    /** @param name the logical name (also the network alias; empty for none) @return a copy */
    public ContainerSpec withName(String name) {
        return with(c -> c.name = Objects.requireNonNull(name, "name"));
    }

    /** @param command the command (argv; no shell) @return a copy */
    public ContainerSpec withCommand(String... command) {
        return with(c -> c.command = List.of(command));
    }

    /** @param entrypoint the entrypoint @return a copy */
    public ContainerSpec withEntrypoint(String... entrypoint) {
        return with(c -> c.entrypoint = List.of(entrypoint));
    }

    /** @param key a variable @param value its value @return a copy */
    public ContainerSpec withEnv(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        return with(c -> c.env.put(key, value));
    }

    /** @param key a label's key @param value its value @return a copy */
    public ContainerSpec withLabel(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        return with(c -> c.labels.put(key, value));
    }

    /**
     * Publishes container ports, each to a free host port on {@link #DEFAULT_BIND_ADDRESS}.
     *
     * @param ports container ports (TCP)
     * @return a copy
     * @throws IllegalArgumentException for a port outside 1..65535
     */
    public ContainerSpec withExposedPorts(int... ports) {
        List<Integer> list = new ArrayList<>();
        for (int p : ports) {
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("a container port must be in 1..65535, but was " + p);
            }
            list.add(p);
        }
        return with(c -> list.forEach(p -> {
            if (!c.ports.contains(p)) {
                c.ports.add(p);
            }
        }));
    }

    /** @param address the host address published ports bind to, e.g. {@code 0.0.0.0} @return a copy */
    public ContainerSpec withPortBindAddress(String address) {
        return with(c -> c.bindAddress = Objects.requireNonNull(address, "address"));
    }

    /** @param workdir the working directory @return a copy */
    public ContainerSpec withWorkdir(String workdir) {
        return with(c -> c.workdir = workdir);
    }

    /** @param user the user, e.g. {@code nobody} or {@code 1000:1000} @return a copy */
    public ContainerSpec withUser(String user) {
        return with(c -> c.user = user);
    }

    /**
     * Says when the container is ready.
     *
     * @param waitFor a strategy made by {@link Wait}, e.g. {@link Wait#forPort(int)} or {@link Wait#until}
     * @return a copy
     * @throws IllegalArgumentException when a class implements {@link WaitStrategy} itself: use {@link Wait#until}
     */
    public ContainerSpec withWaitFor(WaitStrategy waitFor) {
        WaitStrategies.requireRunnable(waitFor);
        return with(c -> c.waitFor = waitFor);
    }

    /** @param policy when to pull the image @return a copy */
    public ContainerSpec withPullPolicy(PullPolicy policy) {
        return with(c -> c.pullPolicy = Objects.requireNonNull(policy, "policy"));
    }

    /** @param network a user-defined network to join (it must exist; the extension creates its own) @return a copy */
    public ContainerSpec withNetwork(String network) {
        return with(c -> c.network = network);
    }

    /** @param aliases extra network aliases (the name is one already) @return a copy */
    public ContainerSpec withNetworkAliases(String... aliases) {
        return with(c -> c.aliases.addAll(List.of(aliases)));
    }

    /** @param names containers (of the same scope) to start first @return a copy */
    public ContainerSpec withDependsOn(String... names) {
        return with(c -> c.dependsOn.addAll(List.of(names)));
    }

    /** @param privileged whether the container is privileged @return a copy */
    public ContainerSpec withPrivileged(boolean privileged) {
        return with(c -> c.privileged = privileged);
    }

    /** @param mounts tmpfs mounts, {@code /path} or {@code /path:options} @return a copy */
    public ContainerSpec withTmpfs(String... mounts) {
        return with(c -> c.tmpfs.addAll(List.of(mounts)));
    }

    /**
     * Limits the container's memory.
     *
     * @param size e.g. {@code 256m}, {@code 1g}, {@code 512k} or bytes
     * @return a copy
     * @throws IllegalArgumentException when the size cannot be parsed
     */
    public ContainerSpec withMemory(String size) {
        long bytes = Sizes.parse(size);
        return with(c -> c.memory = bytes);
    }

    /** @param readOnly whether the root filesystem is read-only @return a copy */
    public ContainerSpec withReadOnlyRootFilesystem(boolean readOnly) {
        return with(c -> c.readOnly = readOnly);
    }

    /**
     * Copies a host file or directory into the container before it starts (parents are created).
     *
     * @param hostPath a host file or directory
     * @param containerPath its absolute path in the container
     * @return a copy
     */
    public ContainerSpec withCopyToContainer(Path hostPath, String containerPath) {
        Objects.requireNonNull(hostPath, "hostPath");
        Objects.requireNonNull(containerPath, "containerPath");
        return with(c -> c.copies.put(containerPath, hostPath));
    }

    /** @return the image reference */
    public String image() {
        return f.image;
    }

    /** @return the logical name, {@code ""} when none */
    public String name() {
        return f.name;
    }

    /** @return the command, empty for the image's default */
    public List<String> command() {
        return f.command;
    }

    /** @return the entrypoint, empty for the image's default */
    public List<String> entrypoint() {
        return f.entrypoint;
    }

    /** @return the environment, in insertion order */
    public Map<String, String> env() {
        return Collections.unmodifiableMap(f.env);
    }

    /** @return the user's labels (Berth adds its own when creating) */
    public Map<String, String> labels() {
        return Collections.unmodifiableMap(f.labels);
    }

    /** @return the published container ports */
    public List<Integer> exposedPorts() {
        return Collections.unmodifiableList(f.ports);
    }

    /** @return the host address published ports bind to */
    public String portBindAddress() {
        return f.bindAddress;
    }

    /** @return the working directory, if set */
    public Optional<String> workdir() {
        return Optional.ofNullable(f.workdir);
    }

    /** @return the user, if set */
    public Optional<String> user() {
        return Optional.ofNullable(f.user);
    }

    /** @return the wait strategy */
    public WaitStrategy waitFor() {
        return f.waitFor;
    }

    /** @return the pull policy ({@link PullPolicy#DEFAULT} for the configured one) */
    public PullPolicy pullPolicy() {
        return f.pullPolicy;
    }

    /** @return the network to join, if set */
    public Optional<String> network() {
        return Optional.ofNullable(f.network);
    }

    /** @return extra network aliases */
    public List<String> networkAliases() {
        return Collections.unmodifiableList(f.aliases);
    }

    /** @return names of containers to start first */
    public List<String> dependsOn() {
        return Collections.unmodifiableList(f.dependsOn);
    }

    /** @return whether privileged */
    public boolean privileged() {
        return f.privileged;
    }

    /** @return tmpfs mounts */
    public List<String> tmpfs() {
        return Collections.unmodifiableList(f.tmpfs);
    }

    /** @return the memory limit in bytes, 0 for none */
    public long memory() {
        return f.memory;
    }

    /** @return whether the root filesystem is read-only */
    public boolean readOnlyRootFilesystem() {
        return f.readOnly;
    }

    /** @return the folder the image is built from ({@link #fromDockerfile(Path)}), if any */
    public Optional<Path> buildContext() {
        return Optional.ofNullable(f.buildContext);
    }

    /** @return host paths to copy in before start, by container path */
    public Map<String, Path> copiesToContainer() {
        return Collections.unmodifiableMap(f.copies);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContainerSpec other && f.key().equals(other.f.key());
    }

    @Override
    public int hashCode() {
        return f.key().hashCode();
    }

    /** Shows the spec with secret-looking environment values masked. */
    @Override
    public String toString() {
        return "ContainerSpec[image=" + f.image + (f.buildContext == null ? "" : " (built from " + f.buildContext + ")")
                + (f.name.isEmpty() ? "" : ", name=" + f.name)
                + (f.command.isEmpty() ? "" : ", command=" + f.command)
                + (f.env.isEmpty() ? "" : ", env=" + SecretNames.mask(f.env))
                + (f.ports.isEmpty() ? "" : ", ports=" + f.ports) + "]";
    }

    private static final class Fields {
        String image;
        String name = "";
        List<String> command = List.of();
        List<String> entrypoint = List.of();
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        List<Integer> ports = new ArrayList<>();
        String bindAddress = DEFAULT_BIND_ADDRESS;
        String workdir;
        String user;
        WaitStrategy waitFor = Wait.forRunning();
        PullPolicy pullPolicy = PullPolicy.DEFAULT;
        String network;
        List<String> aliases = new ArrayList<>();
        List<String> dependsOn = new ArrayList<>();
        boolean privileged;
        List<String> tmpfs = new ArrayList<>();
        long memory;
        boolean readOnly;
        Map<String, Path> copies = new LinkedHashMap<>();
        Path buildContext;

        Fields copy() {
            Fields c = new Fields();
            c.image = image;
            c.name = name;
            c.command = command;
            c.entrypoint = entrypoint;
            c.env = new LinkedHashMap<>(env);
            c.labels = new LinkedHashMap<>(labels);
            c.ports = new ArrayList<>(ports);
            c.bindAddress = bindAddress;
            c.workdir = workdir;
            c.user = user;
            c.waitFor = waitFor;
            c.pullPolicy = pullPolicy;
            c.network = network;
            c.aliases = new ArrayList<>(aliases);
            c.dependsOn = new ArrayList<>(dependsOn);
            c.privileged = privileged;
            c.tmpfs = new ArrayList<>(tmpfs);
            c.memory = memory;
            c.readOnly = readOnly;
            c.copies = new LinkedHashMap<>(copies);
            c.buildContext = buildContext;
            return c;
        }

        List<Object> key() {
            return List.of(image, name, command, entrypoint, env, labels, ports, bindAddress, String.valueOf(workdir),
                    String.valueOf(user), waitFor, pullPolicy, String.valueOf(network), aliases, dependsOn, privileged,
                    tmpfs, memory, readOnly, copies, String.valueOf(buildContext));
        }
    }
}
