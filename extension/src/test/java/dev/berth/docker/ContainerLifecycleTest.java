package dev.berth.docker;

import static dev.berth.docker.EngineTestSupport.busybox;
import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static dev.berth.docker.EngineTestSupport.run;
import static dev.berth.docker.EngineTestSupport.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.DockerOnly;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.LogsOptions;
import dev.berth.docker.model.PruneResult;
import dev.berth.docker.model.WaitCondition;
import dev.berth.docker.model.WaitResult;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ContainerLifecycleTest {

    @AfterAll
    static void nothingLeft() {
        EngineTestSupport.assertNothingLeft();
    }

    @Test
    void createStartInspectStopRemove() {
        String id = run(sleeper().withName("berth-lifecycle-" + EngineTestSupport.RUN_ID.substring(0, 8)));
        try {
            ContainerInspect inspect = docker().containers().inspect(id);
            assertThat(inspect.state().running()).isTrue();
            assertThat(inspect.simpleName()).startsWith("berth-lifecycle-");
            assertThat(inspect.config().labels()).containsEntry(EngineTestSupport.RUN_LABEL, EngineTestSupport.RUN_ID);
            docker().containers().kill(id, "SIGKILL");
            assertThat(docker().containers().waitFor(id, WaitCondition.NOT_RUNNING).statusCode()).isEqualTo(137);
            assertThat(docker().containers().inspect(id).state().running()).isFalse();
        } finally {
            removeQuietly(id);
        }
        assertThatThrownBy(() -> docker().containers().inspect(id))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("404").hasMessageContaining("GET /containers/" + id + "/json");
    }

    @Test
    void connectionsArePooled() {
        String id = run(sleeper());
        try {
            int before = ClientCounters.connectionsOpened(docker());
            for (int i = 0; i < 20; i++) {
                docker().containers().inspect(id);
            }
            assertThat(ClientCounters.connectionsOpened(docker())).isEqualTo(before);
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    @DockerOnly("Podman names the image localhost/busybox:stable")
    void createForTheEnginesOwnPlatform() {
        // GIVEN the engine's platform, e.g. linux/amd64
        String platform = "linux/" + docker().system().version().arch();
        // WHEN a container is created for it THEN the engine accepts the platform parameter
        String id = docker().containers().create(sleeper().withPlatform(platform)).id();
        try {
            assertThat(docker().containers().inspect(id).config().image()).isEqualTo(EngineTestSupport.IMAGE);
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    @DockerOnly("Podman does not support legacy links (400)")
    void removeLinkRemovesALegacyLinkOnly() {
        // GIVEN a container linked to another as "db"
        String target = run(sleeper().withName(EngineTestSupport.uniqueName("target")));
        String name = docker().containers().inspect(target).simpleName();
        String linked = run(sleeper().withLink(name, "db"));
        String linkedName = docker().containers().inspect(linked).simpleName();
        try {
            assertThat(docker().containers().inspect(linked).hostConfig().links()).containsExactly("/" + name + ":/" + linkedName + "/db");
            // WHEN the link is removed
            docker().containers().removeLink(linkedName, "db");
            // THEN the link is gone, both containers stay, and a second removal finds nothing
            assertThat(docker().containers().inspect(linked).hostConfig().links()).isNullOrEmpty();
            assertThat(docker().containers().inspect(target).state().running()).isTrue();
            assertThatThrownBy(() -> docker().containers().removeLink(linkedName, "db"))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("The Docker engine answered 404 to DELETE /containers/" + linkedName + "/db: No such container: "
                            + linkedName + "/db");
        } finally {
            removeQuietly(linked);
            removeQuietly(target);
        }
    }

    @Test
    @DockerOnly("Podman: exit code -1 for a never-started container")
    void waitNotRunningReturnsAtOnceForACreatedContainer() {
        // GIVEN a container that was never started
        String id = docker().containers().create(busybox("true")).id();
        try {
            // WHEN waiting for not-running THEN it answers at once
            assertThat(docker().containers().waitFor(id, WaitCondition.NOT_RUNNING).statusCode()).isZero();
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void waitNextExitSeesTheExitOfALaterStart() throws Exception {
        // GIVEN a created container and a registered wait for its next exit
        String id = docker().containers().create(busybox("sh", "-c", "exit 7")).id();
        try {
            CompletableFuture<WaitResult> exit = docker().containers().waitAsync(id, WaitCondition.NEXT_EXIT);
            assertThat(exit).isNotDone();
            // WHEN it starts and exits
            docker().containers().start(id);
            // THEN the wait reports its exit code
            assertThat(exit.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(7);
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    @DockerOnly("Podman: exit code 0 after a forced removal")
    void waitRemovedEndsWhenTheContainerIsRemoved() throws Exception {
        // GIVEN a running container and a registered wait for its removal
        String id = run(sleeper());
        CompletableFuture<WaitResult> removed = docker().containers().waitAsync(id, WaitCondition.REMOVED);
        assertThat(removed).isNotDone();
        // WHEN it is removed
        docker().containers().remove(id, true, true);
        // THEN the wait ends with the SIGKILL exit code
        assertThat(removed.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(137);
    }

    @Test
    void killDeliversTheNamedSignal() {
        // GIVEN a container that exits 42 on SIGHUP, once its trap is set
        String id = run(busybox("sh", "-c", "trap 'exit 42' HUP; echo ready; while true; do sleep 0.1; done"));
        try {
            try (LogStream logs = docker().containers().logs(id, LogsOptions.all().withFollow(true))) {
                assertThat(logs.awaitLine(line -> line.text().equals("ready"))).isPresent();
            }
            // WHEN it gets SIGHUP
            docker().containers().kill(id, "SIGHUP");
            // THEN its trap ran
            assertThat(docker().containers().waitFor(id, WaitCondition.NOT_RUNNING).statusCode()).isEqualTo(42);
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    @DockerOnly("ConflictException on Podman too, but its text differs")
    void killByNumberAndKillOfAStoppedContainerIsAConflict() {
        // GIVEN a running container
        String id = run(sleeper());
        try {
            // WHEN it gets signal 9 THEN it dies with 128 + 9
            docker().containers().kill(id, "9");
            assertThat(docker().containers().waitFor(id, WaitCondition.NOT_RUNNING).statusCode()).isEqualTo(137);
            // WHEN it is killed again THEN the engine's 409 is a ConflictException
            assertThatThrownBy(() -> docker().containers().kill(id, "SIGKILL"))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("The Docker engine answered 409 to POST /containers/" + id + "/kill: Cannot kill container: "
                            + id + ": Container " + id + " is not running")
                    .satisfies(e -> assertThat(((DockerException) e).status()).isEqualTo(409));
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void pauseUnpauseAndRestart() {
        // GIVEN a running container
        String id = run(sleeper());
        try {
            // WHEN paused THEN its state says so
            docker().containers().pause(id);
            assertThat(docker().containers().inspect(id).state().status()).isEqualTo("paused");
            // WHEN unpaused THEN it runs again
            docker().containers().unpause(id);
            assertThat(docker().containers().inspect(id).state().status()).isEqualTo("running");
            // WHEN restarted THEN it runs with a new start time
            String startedAt = docker().containers().inspect(id).state().startedAt();
            docker().containers().restart(id, Duration.ZERO);
            ContainerInspect after = docker().containers().inspect(id);
            assertThat(after.state().running()).isTrue();
            assertThat(after.state().startedAt()).isNotEqualTo(startedAt);
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void startIsIdempotentAndStartDetachKeysAreAccepted() {
        // GIVEN a created container
        String id = docker().containers().create(sleeper()).id();
        try {
            // WHEN started with detach keys, then again
            docker().containers().start(id, "ctrl-x,x");
            docker().containers().start(id);
            // THEN it runs
            assertThat(docker().containers().inspect(id).state().running()).isTrue();
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    @DockerOnly("ConflictException on Podman too, but its text differs")
    void createWithANameInUseIsAConflict() {
        // GIVEN a container with a name
        String name = EngineTestSupport.uniqueName("dup");
        String id = docker().containers().create(sleeper().withName(name)).id();
        try {
            // WHEN another is created with it THEN the engine's 409 is a ConflictException
            assertThatThrownBy(() -> docker().containers().create(sleeper().withName(name)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageStartingWith("The Docker engine answered 409 to POST /containers/create: Conflict. The container name \"/"
                            + name + "\" is already in use by container \"" + id + "\".");
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void renameAndRenameToATakenName() {
        // GIVEN two containers
        String first = docker().containers().create(sleeper()).id();
        String second = docker().containers().create(sleeper()).id();
        String name = EngineTestSupport.uniqueName("renamed");
        try {
            // WHEN the first is renamed THEN inspect shows the new name
            docker().containers().rename(first, name);
            assertThat(docker().containers().inspect(first).simpleName()).isEqualTo(name);
            // WHEN the second takes the same name THEN 409
            assertThatThrownBy(() -> docker().containers().rename(second, name))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("409 to POST /containers/" + second + "/rename");
        } finally {
            removeQuietly(first);
            removeQuietly(second);
        }
    }

    @Test
    @DockerOnly("ConflictException on Podman too, but its text differs")
    void removeOfARunningContainerWithoutForceIsAConflict() {
        // GIVEN a running container
        String id = run(sleeper());
        try {
            // WHEN removed without force THEN 409
            assertThatThrownBy(() -> docker().containers().remove(id, false, false))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("409 to DELETE /containers/" + id);
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void pruneRemovesOnlyStoppedContainersMatchingTheFilter() {
        // GIVEN a stopped and a running container of this run
        String stopped = docker().containers().create(busybox("true")).id();
        String running = run(sleeper());
        try {
            // WHEN pruning with this run's label
            PruneResult result = docker().containers().prune(EngineTestSupport.runFilter());
            // THEN only the stopped one goes
            assertThat(result.deleted()).containsExactly(stopped);
            assertThat(docker().containers().inspect(running).state().running()).isTrue();
            assertThatThrownBy(() -> docker().containers().inspect(stopped)).isInstanceOf(NotFoundException.class);
        } finally {
            removeQuietly(stopped);
            removeQuietly(running);
        }
    }

    @Test
    void waitTimeoutIsNotUsedForStop() {
        String id = run(sleeper());
        try {
            docker().containers().stop(id, Duration.ofSeconds(0));
            assertThat(docker().containers().inspect(id).state().status()).isEqualTo("exited");
        } finally {
            removeQuietly(id);
        }
    }
}
