package dev.berth.internal.container;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.ContainerStartupException;
import dev.berth.PullPolicy;
import dev.berth.docker.DockerClient;
import dev.berth.docker.DockerException;
import dev.berth.docker.EngineUnavailableException;
import dev.berth.docker.NotFoundException;
import dev.berth.docker.model.ContainerConfig;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.ContainerState;
import dev.berth.internal.BerthLog;
import dev.berth.internal.RandomIds;
import dev.berth.internal.Session;
import dev.berth.internal.wait.WaitFailure;
import dev.berth.internal.wait.WaitTarget;
import dev.berth.internal.wait.Waiter;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Turns a {@link ContainerSpec} into a running, ready container: pull (per policy), create (labelled), copy files
 * in, start, read ports (one inspect), wait. On any failure the container is removed and a
 * {@link ContainerStartupException} carries the full report.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ContainerStarter {

    /** How long a create whose answer was lost may take to appear on the engine before it is given up for not made. */
    private static final Duration LOST_CREATE_GRACE = Duration.ofSeconds(2);

    private final DockerClient docker;
    private final Settings settings;
    private final ImagePuller puller;
    private final ImageBuilder builder;

    /**
     * Creates a starter for one engine.
     *
     * @param docker the client the handles use and return from {@code docker()}: a view whose {@code close()} leaves
     *               the owner's client open ({@link DockerClient#viewOwnedBy(String)})
     * @param settings the run's settings
     */
    public ContainerStarter(DockerClient docker, Settings settings) {
        this.docker = docker;
        this.settings = settings;
        this.puller = new ImagePuller(docker);
        this.builder = new ImageBuilder(docker);
    }

    /**
     * Starts a container.
     *
     * @param spec what to start
     * @param extraLabels labels added to the spec's (the session's)
     * @param network an existing network to join with the spec's name as alias, or {@code null}
     * @return the ready container; the caller must close it
     */
    public ManagedContainer start(ContainerSpec spec, Map<String, String> extraLabels, String network) {
        try {
            return startOrFail(spec, extraLabels, network);
        } catch (DockerException | UncheckedIOException e) {
            // a request on an interrupted thread fails (its JDK channel closes): report the interrupt, not the engine
            if (Thread.currentThread().isInterrupted()) {
                throw new ContainerStartupException("Interrupted while starting a container of image [" + spec.image() + "]"
                        + (spec.name().isEmpty() ? "" : " named \"" + spec.name() + "\"") + "; Berth stopped and removed"
                        + " what it had created. The thread's interrupt status is kept.", e);
            }
            throw e;
        }
    }

    private ManagedContainer startOrFail(ContainerSpec spec, Map<String, String> extraLabels, String network) {
        Map<String, String> labels = new LinkedHashMap<>(spec.labels());
        labels.putAll(extraLabels);
        ContainerConfig config = ContainerConfigs.of(spec, labels, network);
        String displayName = spec.name().isEmpty() ? config.name().orElse("unnamed") : spec.name();
        PullPolicy policy = settings.effective(spec.pullPolicy());

        InContainerTar tmpfs = new InContainerTar(docker, "", spec.tmpfs());
        for (String p : spec.copiesToContainer().keySet()) {
            if (tmpfs.tmpfsOf(p) == null) {
                continue;
            }
            throw new ContainerStartupException("Container \"" + displayName + "\" (image " + spec.image() + ") cannot get ["
                    + spec.copiesToContainer().get(p) + "] copied to [" + p + "] before it starts: that path is on the tmpfs mount ["
                    + tmpfs.tmpfsOf(p) + "], which exists only once the container runs. Fix: copy it after the start with"
                    + " handle.copyToContainer(..), or copy it to a path outside the tmpfs.");
        }
        long t0 = System.nanoTime();
        if (spec.buildContext().isPresent()) {
            builder.build(spec, policy == PullPolicy.ALWAYS, displayName);
            policy = PullPolicy.NEVER;
        } else if (policy == PullPolicy.ALWAYS) {
            puller.pull(spec.image(), displayName, policy);
        }
        long t1 = System.nanoTime();
        String id = create(config, policy, spec, displayName);
        long t2 = System.nanoTime();
        ContainerDescription description = new ContainerDescription(displayName, spec.image(), id);
        BerthLog.get().log(Level.DEBUG, () -> "created container " + description + " in " + ms(t2 - t1));
        StartupReport report = new StartupReport(docker, description, settings.logLinesOnFailure());
        boolean ready = false;
        try {
            ContainerFiles files = new ContainerFiles(docker, description, List.of());
            spec.copiesToContainer().forEach((containerPath, host) -> files.copyToContainer(host, containerPath));
            long t3 = System.nanoTime();
            try {
                docker.containers().start(id);
            } catch (DockerException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                throw report.failed("start", e, startAdvice(e.engineMessage()));
            }
            ContainerInspect inspect = docker.containers().inspect(id);
            long t4 = System.nanoTime();
            BerthLog.get().log(Level.DEBUG, () -> "started container " + description + " in " + ms(t4 - t3) + "; waiting for "
                    + spec.waitFor().description());
            ManagedContainer container = new ManagedContainer(docker, description, config.labels(), inspect, spec.tmpfs());
            await(spec, container, inspect.state(), report);
            long t5 = System.nanoTime();
            StartupTimings timings = new StartupTimings(Duration.ofNanos(t1 - t0), Duration.ofNanos(t3 - t1),
                    Duration.ofNanos(t4 - t3), Duration.ofNanos(t5 - t4));
            ready = true;
            container.startedIn(timings);
            // one line per container, as it becomes ready: report entries reach neither Surefire's console nor its XML
            BerthLog.get().log(Level.INFO, () -> "container " + description + " ready in " + timings.total().toMillis()
                    + " ms " + timings.breakdown());
            return container;
        } finally {
            if (!ready) {
                Removal.remove(docker, id);
            }
        }
    }

    private String create(ContainerConfig config, PullPolicy policy, ContainerSpec spec, String displayName) {
        try {
            return createOnce(config);
        } catch (EngineUnavailableException e) {
            // the answer was lost (an interrupt, a dropped connection): the engine may have created it all the same
            config.name().ifPresent(this::removeLost);
            throw e;
        } catch (NotFoundException e) {
            if (policy == PullPolicy.NEVER) {
                throw new ContainerStartupException("Container \"" + displayName + "\" could not be created: image [" + spec.image()
                        + "] is not present on the engine (" + docker.endpoint() + "), and the pull policy is NEVER. Fix: pull or load it"
                        + " first (docker pull / docker load), or use PullPolicy.IF_MISSING.", e);
            }
            puller.pull(spec.image(), displayName, policy);
            return createOnce(config);
        } catch (DockerException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            throw new ContainerStartupException("Container \"" + displayName + "\" (image " + spec.image() + ") could not be created: "
                    + e.engineMessage() + ". " + createAdvice(e.engineMessage()), e);
        }
    }

    /** Creates the container, recorded in the session's ledger. */
    private String createOnce(ContainerConfig config) {
        return Session.current().ledger().track(() -> docker.containers().create(config).id());
    }

    private void await(ContainerSpec spec, ManagedContainer container, ContainerState stateAtStart, StartupReport report) {
        Waiter waiter = new Waiter(target(container, stateAtStart), settings.waitTimeout());
        try {
            waiter.await(spec.waitFor());
        } catch (WaitFailure f) {
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(spec, container, f);
            }
            long timeoutMillis = waiter.timeoutOf(spec.waitFor()).toMillis();
            if (f.cannotHoldFix().isPresent()) {
                throw report.cannotBeReady(spec.waitFor().description(), timeoutMillis, f.getMessage(), f.cannotHoldFix().get());
            }
            throw report.waitFailed(spec.waitFor().description(), timeoutMillis, f.exited(), f.getMessage(), f.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(spec, container, e);
        } catch (RuntimeException e) {
            // a request on an interrupted thread fails (its JDK channel closes): report the interrupt, not the engine
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(spec, container, e);
            }
            throw e;
        }
    }

    private static ContainerStartupException interrupted(ContainerSpec spec, ManagedContainer container, Exception cause) {
        return new ContainerStartupException("Interrupted while waiting for container " + container.describe() + " ("
                + spec.waitFor().description() + "); Berth stopped waiting and removed the container. The thread's"
                + " interrupt status is kept: whoever interrupted it (a timeout, a cancelled test) decides what follows.", cause);
    }

    private WaitTarget target(ManagedContainer container, ContainerState stateAtStart) {
        return new WaitTarget() {
            @Override
            public ContainerState stateAtStart() {
                return stateAtStart;
            }

            @Override
            public DockerClient docker() {
                return docker;
            }

            @Override
            public ContainerHandle handle() {
                return container;
            }

            @Override
            public String id() {
                return container.id();
            }

            @Override
            public int pid() {
                return container.pid();
            }

            @Override
            public Map<Integer, Integer> ports() {
                return container.ports();
            }

            @Override
            public String host() {
                return docker.portHost();
            }
        };
    }

    /**
     * Removes a container whose create answer was lost. The engine goes on creating it after the connection is gone,
     * so it is looked for by its unique name for a short while; the interrupt, if any, is set aside meanwhile.
     */
    private void removeLost(String name) {
        boolean interrupted = Thread.interrupted();
        long deadline = System.nanoTime() + LOST_CREATE_GRACE.toNanos();
        try {
            while (true) {
                try {
                    docker.containers().remove(name, true, true);
                    return;
                } catch (NotFoundException notYet) {
                    if (System.nanoTime() > deadline) {
                        return; // never created
                    }
                    Thread.sleep(50);
                }
            }
        } catch (DockerException unreachable) {
            // the session's cleanup removes it by label
        } catch (InterruptedException again) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String ms(long nanos) {
        return nanos / 1_000_000 + " ms";
    }

    static String createAdvice(String engineMessage) {
        String m = String.valueOf(engineMessage).toLowerCase(Locale.ROOT);
        // Docker's wording first, then Podman's ("repository name must be lowercase", "must be an absolute path",
        // and a missing network, which Podman refuses at create rather than at start)
        if (m.contains("invalid reference format") || m.contains("repository name must be lowercase")) {
            return "Fix: write the image reference as [registry[:port]/]name[:tag][@digest], in lowercase, e.g. busybox:stable.";
        }
        if (m.contains("mount path") || m.contains("tmpfs") || m.contains("must be an absolute path")) {
            return "Fix: give tmpfs mounts as absolute paths, e.g. \"/run\" or \"/run:size=64m\".";
        }
        if (m.contains("network") && m.contains("not found")) {
            return startAdvice(engineMessage);
        }
        return "Fix: check the image reference, the name, ports and resource settings (memory, tmpfs).";
    }

    static String startAdvice(String engineMessage) {
        String m = String.valueOf(engineMessage).toLowerCase(Locale.ROOT);
        if (m.contains("unable to find user") || m.contains("no matching entries in passwd")) {
            return "Fix: use a user that exists in the image, or a numeric uid:gid such as \"1000:1000\".";
        }
        if (m.contains("network") && m.contains("not found")) {
            return "Fix: create the network first (DockerClient.networks().create(..), or docker network create), or use"
                    + " @WithContainer(network = ..), which creates it for the scope.";
        }
        if (m.contains("port is already allocated") || m.contains("address already in use")) {
            return "Fix: a host port Berth asked for is taken; let the engine choose free ports (the default), or free that port.";
        }
        return "Fix: check the command and entrypoint exist in the image, and that ports and mounts are valid.";
    }

    /** @return a unique engine-side name for a logical name, e.g. {@code berth-web-1a2b3c4d} */
    static String engineName(String name) {
        StringBuilder engineName = new StringBuilder("berth-");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
            engineName.append(allowed ? c : '-');
        }
        return engineName.append('-').append(RandomIds.shortId()).toString();
    }
}
