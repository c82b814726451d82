package dev.berth.docker;

import static dev.berth.docker.EngineTestSupport.RUN_ID;
import static dev.berth.docker.EngineTestSupport.RUN_LABEL;
import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static dev.berth.docker.EngineTestSupport.run;
import static dev.berth.docker.EngineTestSupport.sleeper;
import static dev.berth.docker.EngineTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.DockerOnly;
import dev.berth.ExecResult;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.Network;
import dev.berth.docker.model.NetworkConfig;
import dev.berth.docker.model.PruneResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class NetworkApiTest {

    @AfterAll
    static void nothingLeft() {
        EngineTestSupport.assertNothingLeft();
    }

    private static NetworkConfig network(String name) {
        return NetworkConfig.of(name).withLabel(RUN_LABEL, RUN_ID);
    }

    private static void removeNetworkQuietly(String network) {
        try {
            docker().networks().remove(network);
        } catch (NotFoundException gone) {
            // already gone
        }
    }

    @Test
    @DockerOnly("Podman's bridge has no driver options")
    void createInspectListAndRemove() {
        // GIVEN a new internal network with a label and a driver option
        String name = uniqueName("net");
        String id = docker().networks().create(network(name).withInternal(true).withLabel("purpose", "test")
                .withOption("com.docker.network.bridge.enable_icc", "true"));
        try {
            // WHEN inspected and listed THEN it is as created
            Network network = docker().networks().inspect(name);
            assertThat(network.id()).isEqualTo(id);
            assertThat(network.name()).isEqualTo(name);
            assertThat(network.driver()).isEqualTo("bridge");
            assertThat(network.internal()).isTrue();
            assertThat(network.scope()).isEqualTo("local");
            assertThat(network.labels()).containsEntry("purpose", "test").containsEntry(RUN_LABEL, RUN_ID);
            assertThat(network.options()).containsEntry("com.docker.network.bridge.enable_icc", "true");
            assertThat(network.ipam().config()).singleElement().satisfies(c -> assertThat(c.subnet()).contains("/"));
            assertThat(docker().networks().list(Map.of("label", List.of("purpose=test", RUN_LABEL + "=" + RUN_ID))))
                    .extracting(Network::id).containsExactly(id);
        } finally {
            docker().networks().remove(id);
        }
        // AND once removed it is not found
        assertThatThrownBy(() -> docker().networks().inspect(id))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("The Docker engine answered 404 to GET /networks/" + id + ": network " + id + " not found");
    }

    @Test
    @DockerOnly("Podman refuses network names with spaces")
    void aNameWithCharactersAPathCannotHoldIsEncoded() {
        // GIVEN a network whose name has a space, a '#' and a '%' (Docker accepts them)
        String name = uniqueName("net") + " #1 50%";
        String id = docker().networks().create(network(name));
        try {
            // WHEN inspected by name THEN the name reaches the engine as one path segment
            assertThat(docker().networks().inspect(name).id()).isEqualTo(id);
        } finally {
            // AND it is removed by name
            docker().networks().remove(name);
        }
        assertThatThrownBy(() -> docker().networks().inspect(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DockerOnly("the same exception type on Podman, another text")
    void aSecondNetworkOfTheSameNameIsAConflict() {
        String name = uniqueName("dup");
        String id = docker().networks().create(network(name));
        try {
            assertThatThrownBy(() -> docker().networks().create(network(name)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("The Docker engine answered 409 to POST /networks/create: network with name " + name + " already exists");
        } finally {
            docker().networks().remove(id);
        }
    }

    @Test
    void connectWithAliasesMakesContainersReachableByThem() {
        // GIVEN a network and two running containers
        String name = uniqueName("link");
        docker().networks().create(network(name));
        String server = run(sleeper());
        String client = run(sleeper());
        try {
            // WHEN both are connected, the server with aliases
            docker().networks().connect(name, server, "db", "database");
            docker().networks().connect(name, client);
            // THEN inspect shows the aliases and the members, and the client reaches the server by alias
            ContainerInspect inspect = docker().containers().inspect(server);
            assertThat(inspect.networkSettings().networks().get(name).aliases()).contains("db", "database");
            assertThat(docker().networks().inspect(name).containers()).containsOnlyKeys(server, client);
            ExecResult ping = docker().exec().run(client, ExecConfig.of("ping", "-c", "1", "-W", "5", "database"));
            assertThat(ping.exitCode()).as(ping.stdout() + ping.stderr()).isZero();
            // WHEN the server is disconnected THEN the alias no longer resolves
            docker().networks().disconnect(name, server, false);
            assertThat(docker().networks().inspect(name).containers()).containsOnlyKeys(client);
            assertThat(docker().exec().run(client, ExecConfig.of("ping", "-c", "1", "-W", "1", "database")).exitCode()).isNotZero();
        } finally {
            removeQuietly(server);
            removeQuietly(client);
            removeNetworkQuietly(name);
        }
    }

    @Test
    @DockerOnly("the same exception type on Podman, another text")
    void connectingAMissingContainerIsNotFound() {
        String name = uniqueName("missing");
        docker().networks().create(network(name));
        try {
            assertThatThrownBy(() -> docker().networks().connect(name, "berth-no-such-container"))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("The Docker engine answered 404 to POST /networks/" + name + "/connect:"
                            + " No such container: berth-no-such-container");
        } finally {
            docker().networks().remove(name);
        }
    }

    @Test
    @DockerOnly("Podman: 500 \"default network podman cannot be removed\", not 403")
    void removingTheBridgeNetworkIsForbidden() {
        assertThatThrownBy(() -> docker().networks().remove("bridge"))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("The Docker engine answered 403 to DELETE /networks/bridge: bridge is a pre-defined network and cannot be removed");
    }

    @Test
    void pruneRemovesUnusedNetworksMatchingTheFilter() {
        // GIVEN an unused and a used network of this run
        String unused = uniqueName("unused");
        String used = uniqueName("used");
        docker().networks().create(network(unused));
        docker().networks().create(network(used));
        String container = run(sleeper());
        try {
            docker().networks().connect(used, container);
            // WHEN pruned with this run's label
            PruneResult pruned = docker().networks().prune(EngineTestSupport.runFilter());
            // THEN only the unused one went
            assertThat(pruned.deleted()).containsExactly(unused);
            assertThat(docker().networks().inspect(used).name()).isEqualTo(used);
        } finally {
            removeQuietly(container);
            removeNetworkQuietly(used);
            removeNetworkQuietly(unused);
        }
    }
}
