package dev.berth;

import dev.berth.docker.DockerClient;
import dev.berth.internal.Session;
import dev.berth.internal.container.ContainerStarter;
import dev.berth.internal.container.Settings;
import dev.berth.internal.container.SharedClient;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code Containers} starts containers without annotations, for fixture code in library test suites.
 *
 * <pre>{@code
 * try (ContainerHandle c = Containers.start(ContainerSpec.of("busybox:stable").withCommand("sleep", "300"))) {
 *     assertThat(c.exec("echo", "hi").stdout()).isEqualTo("hi\n");
 * }
 * }</pre>
 *
 * <h2>Cleanup</h2>
 * The returned handle must be closed: {@link ContainerHandle#close()} removes the container. Containers also
 * carry this JVM's session labels, so those left open are removed when the JVM exits.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Containers {

    private Containers() {
    }

    /**
     * Starts a container on the engine found from the environment ({@code DOCKER_HOST}, the docker context, or
     * {@code /var/run/docker.sock}) and blocks until its wait strategy holds.
     *
     * @param spec what to start
     * @return the ready container; must be closed
     * @throws ContainerStartupException when it cannot be started or made ready (it is removed then)
     */
    public static ContainerHandle start(ContainerSpec spec) {
        Objects.requireNonNull(spec, "spec");
        DockerClient docker = SharedClient.get();
        Session.current().guard(docker, SharedClient.foundVia());
        return startOn(docker.viewOwnedBy(SharedClient.OWNER), spec);
    }

    /**
     * Starts a container on the given engine and blocks until its wait strategy holds.
     *
     * @param docker the engine's client; yours to close, after the handle (neither the handle nor its
     *               {@link ContainerHandle#docker()} closes it)
     * @param spec what to start
     * @return the ready container; must be closed
     * @throws ContainerStartupException when it cannot be started or made ready (it is removed then)
     */
    public static ContainerHandle start(DockerClient docker, ContainerSpec spec) {
        Objects.requireNonNull(docker, "docker");
        Objects.requireNonNull(spec, "spec");
        Session.current().guard(docker, "the DockerClient given to Containers.start");
        return startOn(docker.viewOwnedBy("the code that passed it to Containers.start(DockerClient, ContainerSpec),"
                + " which closes it after the handle"), spec);
    }

    private static ContainerHandle startOn(DockerClient view, ContainerSpec spec) {
        return new ContainerStarter(view, Settings.fromSystemProperties()).start(spec, Session.current().labels(), null);
    }
}
