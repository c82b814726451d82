package dev.berth.docker;

import static dev.berth.docker.EngineTestSupport.RUN_ID;
import static dev.berth.docker.EngineTestSupport.RUN_LABEL;
import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static dev.berth.docker.EngineTestSupport.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.DockerOnly;
import dev.berth.docker.model.EngineVersion;
import dev.berth.docker.model.Event;
import dev.berth.docker.model.EventsOptions;
import dev.berth.docker.model.Ping;
import dev.berth.docker.model.RegistryAuth;
import dev.berth.docker.model.SystemInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SystemApiTest {

    @AfterAll
    static void nothingLeft() {
        EngineTestSupport.assertNothingLeft();
    }

    @Test
    @DockerOnly("Podman sends no OSType header on /_ping")
    void pingVersionAndInfo() {
        Ping ping = docker().system().ping();
        assertThat(ping.apiVersion()).isEqualTo("1.41");
        assertThat(ping.osType()).isEqualTo("linux");
        EngineVersion version = docker().system().version();
        assertThat(version.apiVersion()).isEqualTo(ping.apiVersion());
        assertThat(version.minApiVersion()).isEqualTo("1.12");
        assertThat(version.version()).startsWith("20.10.");
        SystemInfo info = docker().system().info();
        assertThat(info.serverVersion()).isEqualTo(version.version());
        assertThat(info.ncpu()).isPositive();
        assertThat(info.memTotal()).isPositive();
        assertThat(info.images()).isPositive();
        assertThat(info.osType()).isEqualTo("linux");
    }

    @Test
    void theApiVersionIsTheEnginesCappedAtTheNewestKnown() {
        assertThat(docker().apiVersion()).isEqualTo("1.41");
    }

    @Test
    @DockerOnly("Podman's events are init, cleanup, remove instead of kill, destroy")
    void eventsInATimeWindowEndAtItsEnd() {
        // GIVEN a container created, started and removed
        Instant since = Instant.now().minusSeconds(1);
        String id = EngineTestSupport.run(sleeper());
        removeQuietly(id);
        Instant until = Instant.now().plusMillis(500);
        // WHEN the events of that window are read, filtered to the container
        List<String> actions = new ArrayList<>();
        try (EngineStream<Event> events = docker().system().events(EventsOptions.all().withSince(since).withUntil(until)
                .withFilter("type", "container").withFilter("container", id))) {
            Optional<Event> event;
            while ((event = events.next()).isPresent()) {
                assertThat(event.get().actor().id()).isEqualTo(id);
                assertThat(event.get().actor().attributes()).containsEntry(RUN_LABEL, RUN_ID);
                actions.add(event.get().action());
            }
        }
        // THEN the stream ended at the window's end, with the container's life in order
        assertThat(actions).containsSubsequence("create", "start", "kill", "die", "destroy");
    }

    @Test
    @DockerOnly("Podman's image names start with localhost/")
    void aStartIsSeenOnTheLiveStream() {
        // GIVEN a live stream of start events of this run's containers, replaying from just before it opened
        String id = docker().containers().create(sleeper()).id();
        try (EngineStream<Event> events = docker().system().events(EventsOptions.all().withSince(Instant.now().minusSeconds(1))
                .withFilter("event", "start").withFilter("label", RUN_LABEL + "=" + RUN_ID))) {
            // WHEN the container starts
            docker().containers().start(id);
            // THEN its start arrives
            Event start = events.awaitMatch(e -> e.actor().id().equals(id)).orElseThrow();
            assertThat(start.type()).isEqualTo("container");
            assertThat(start.action()).isEqualTo("start");
            assertThat(start.actor().attributes()).containsEntry("image", EngineTestSupport.IMAGE);
            assertThat(start.instant()).isBetween(Instant.now().minusSeconds(30), Instant.now().plusSeconds(5));
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void closingAStreamFromAnotherThreadEndsIt() throws Exception {
        EngineStream<Event> events = docker().system().events(EventsOptions.all().withFilter("type", "berth-nothing"));
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            events.close();
        });
        closer.start();
        assertThat(events.next()).isEmpty();
        closer.join(Duration.ofSeconds(5).toMillis());
    }

    @Test
    @DockerOnly("the same exception type on Podman, another text")
    void loginToAnUnreachableRegistryIsAServerError() {
        assertThatThrownBy(() -> docker().system().login(RegistryAuth.of("user", "password", "127.0.0.1:1")))
                .isInstanceOf(ServerErrorException.class)
                .hasMessage("The Docker engine answered 500 to POST /auth: Get \"http://127.0.0.1:1/v2/\":"
                        + " dial tcp 127.0.0.1:1: connect: connection refused");
    }

    @Test
    void noEngineAtTheAddressSaysWhereBerthLookedAndWhatToDo() {
        try (DockerClient nowhere = DockerClient.connect("unix:///tmp/berth-no-such-engine.sock")) {
            assertThatThrownBy(() -> nowhere.system().ping())
                    .isInstanceOf(EngineUnavailableException.class)
                    .hasMessageStartingWith("Cannot talk to the Docker engine at unix:///tmp/berth-no-such-engine.sock"
                            + " (found via DockerClient.connect) for GET /_ping: ")
                    .hasMessageEndingWith(". Start an engine (e.g. `sudo systemctl start docker`, or start Docker"
                            + " Desktop), or point DOCKER_HOST (or the docker context) at a running one.");
        }
    }
}
