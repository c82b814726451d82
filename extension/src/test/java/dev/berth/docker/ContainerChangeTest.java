package dev.berth.docker;

import static dev.berth.docker.EngineTestSupport.RUN_ID;
import static dev.berth.docker.EngineTestSupport.RUN_LABEL;
import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeImageQuietly;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static dev.berth.docker.EngineTestSupport.run;
import static dev.berth.docker.EngineTestSupport.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.DockerOnly;
import dev.berth.ExecResult;
import dev.berth.docker.model.CommitOptions;
import dev.berth.docker.model.ContainerConfig;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.ImageInspect;
import dev.berth.docker.model.LogsOptions;
import dev.berth.docker.model.UpdateConfig;
import dev.berth.docker.model.WaitCondition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@DockerOnly("Podman has no POST /containers/{id}/update (404)")
class ContainerChangeTest {

    @AfterAll
    static void nothingLeft() {
        EngineTestSupport.assertNothingLeft();
    }

    @Test
    void updateChangesResourcesAndRestartPolicy() {
        // GIVEN a running container without limits
        String id = run(sleeper());
        try {
            assertThat(docker().containers().inspect(id).hostConfig().memory()).isZero();
            // WHEN its memory limit and restart policy are updated
            docker().containers().update(id, UpdateConfig.empty().withMemoryAndUnlimitedSwap(64L << 20).withCpuShares(512)
                    .withRestartPolicy("on-failure", 3));
            // THEN inspect shows them, and the limit is in the container's cgroup (v2 or v1)
            ContainerInspect after = docker().containers().inspect(id);
            assertThat(after.hostConfig().memory()).isEqualTo(64L << 20);
            assertThat(after.hostConfig().restartPolicy().name()).isEqualTo("on-failure");
            assertThat(after.hostConfig().restartPolicy().maximumRetryCount()).isEqualTo(3);
            ExecResult limit = docker().exec().run(id, ExecConfig.of("sh", "-c",
                    "cat /sys/fs/cgroup/memory.max 2>/dev/null || cat /sys/fs/cgroup/memory/memory.limit_in_bytes"));
            assertThat(limit.stdout()).isEqualTo((64L << 20) + "\n");
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void updateOfAMissingContainerIsNotFound() {
        assertThatThrownBy(() -> docker().containers().update("berth-no-such-container", UpdateConfig.empty().withCpuShares(512)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("The Docker engine answered 404 to POST /containers/berth-no-such-container/update:"
                        + " No such container: berth-no-such-container");
    }

    @Test
    void resizeChangesTheTerminalSize() {
        // GIVEN a container with a TTY
        String id = run(sleeper().withTty(true));
        try {
            // WHEN its TTY is resized
            docker().containers().resize(id, 40, 100);
            // THEN the terminal of its main process has the new size
            ExecResult size = docker().exec().run(id, ExecConfig.of("stty", "-F", "/proc/1/fd/0", "size"));
            assertThat(size.stdout()).isEqualTo("40 100\n");
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void commitMakesAnImageOfTheContainer() {
        // GIVEN a container whose filesystem was changed
        String id = run(sleeper());
        String repository = EngineTestSupport.uniqueName("commit");
        try {
            docker().exec().run(id, ExecConfig.of("sh", "-c", "echo committed > /marker"));
            // WHEN committed with a message, an author and Dockerfile changes
            String imageId = docker().containers().commit(id, CommitOptions.of(repository, "v1").withComment("a test commit")
                    .withAuthor("berth").withPause(false).withChanges("LABEL " + RUN_LABEL + "=" + RUN_ID, "CMD [\"cat\", \"/marker\"]"));
            // THEN the image carries them
            ImageInspect image = docker().images().inspect(repository + ":v1");
            assertThat(image.id()).isEqualTo(imageId);
            assertThat(image.comment()).isEqualTo("a test commit");
            assertThat(image.author()).isEqualTo("berth");
            assertThat(image.config().cmd()).containsExactly("cat", "/marker");
            assertThat(image.config().labels()).containsEntry(RUN_LABEL, RUN_ID);
            // AND a container of it sees the change
            String child = run(ContainerConfig.of(repository + ":v1").withLabel(RUN_LABEL, RUN_ID));
            try {
                docker().containers().waitFor(child, WaitCondition.NOT_RUNNING);
                try (LogStream logs = docker().containers().logs(child, LogsOptions.all())) {
                    assertThat(logs.readAll()).isEqualTo("committed\n");
                }
            } finally {
                removeQuietly(child);
            }
        } finally {
            removeQuietly(id);
            removeImageQuietly(repository + ":v1");
        }
    }
}
