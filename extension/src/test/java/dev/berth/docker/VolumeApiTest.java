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
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.PruneResult;
import dev.berth.docker.model.Volume;
import dev.berth.docker.model.VolumeConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class VolumeApiTest {

    @AfterAll
    static void nothingLeft() {
        EngineTestSupport.assertNothingLeft();
    }

    private static void removeVolumeQuietly(String name) {
        try {
            docker().volumes().remove(name, true);
        } catch (NotFoundException gone) {
            // already gone
        }
    }

    @Test
    @DockerOnly("Podman refuses the driver option size (no project quota)")
    void createInspectListAndRemove() {
        // GIVEN a named local volume with a label and a driver option
        String name = uniqueName("vol");
        Volume created = docker().volumes().create(VolumeConfig.named(name).withLabel(RUN_LABEL, RUN_ID)
                .withDriverOpt("type", "tmpfs").withDriverOpt("device", "tmpfs").withDriverOpt("o", "size=1m"));
        try {
            // WHEN inspected and listed THEN it is as created
            assertThat(created.name()).isEqualTo(name);
            Volume volume = docker().volumes().inspect(name);
            assertThat(volume.driver()).isEqualTo("local");
            assertThat(volume.scope()).isEqualTo("local");
            assertThat(volume.labels()).containsEntry(RUN_LABEL, RUN_ID);
            assertThat(volume.options()).containsEntry("type", "tmpfs").containsEntry("o", "size=1m");
            assertThat(volume.mountpoint()).endsWith("/" + name + "/_data");
            assertThat(docker().volumes().list(Map.of("name", List.of(name)))).extracting(Volume::name).containsExactly(name);
        } finally {
            docker().volumes().remove(name, false);
        }
        // AND once removed it is not found
        assertThatThrownBy(() -> docker().volumes().inspect(name))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("The Docker engine answered 404 to GET /volumes/" + name + ": get " + name + ": no such volume");
    }

    @Test
    void anAnonymousVolumeGetsAGeneratedName() {
        Volume volume = docker().volumes().create(VolumeConfig.anonymous().withLabel(RUN_LABEL, RUN_ID));
        try {
            assertThat(volume.name()).matches("[0-9a-f]{64}");
        } finally {
            docker().volumes().remove(volume.name(), false);
        }
    }

    @Test
    @DockerOnly("the same exception type on Podman, another text")
    void aVolumeKeepsDataAcrossContainersAndCannotBeRemovedWhileUsed() {
        // GIVEN a volume mounted into a container that wrote to it
        String name = uniqueName("data");
        docker().volumes().create(VolumeConfig.named(name).withLabel(RUN_LABEL, RUN_ID));
        String writer = run(sleeper().withBind(name + ":/data"));
        String reader = null;
        try {
            docker().exec().run(writer, ExecConfig.of("sh", "-c", "echo kept > /data/file"));
            // WHEN removed while in use THEN 409
            assertThatThrownBy(() -> docker().volumes().remove(name, false))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageStartingWith("The Docker engine answered 409 to DELETE /volumes/" + name + ": remove " + name
                            + ": volume is in use - [" + writer + "]");
            // THEN another container sees the data
            reader = run(sleeper().withBind(name + ":/mnt:ro"));
            assertThat(docker().exec().run(reader, ExecConfig.of("cat", "/mnt/file")).stdout()).isEqualTo("kept\n");
        } finally {
            removeQuietly(writer);
            if (reader != null) {
                removeQuietly(reader);
            }
            removeVolumeQuietly(name);
        }
    }

    @Test
    void pruneRemovesUnusedVolumesMatchingTheFilter() {
        // GIVEN an unused and a used volume of this run
        String unused = uniqueName("unused");
        String used = uniqueName("used");
        docker().volumes().create(VolumeConfig.named(unused).withLabel(RUN_LABEL, RUN_ID));
        docker().volumes().create(VolumeConfig.named(used).withLabel(RUN_LABEL, RUN_ID));
        String container = docker().containers().create(sleeper().withBind(used + ":/data")).id();
        try {
            // WHEN pruned with this run's label
            PruneResult pruned = docker().volumes().prune(EngineTestSupport.runFilter());
            // THEN only the unused one went
            assertThat(pruned.deleted()).containsExactly(unused);
            assertThat(docker().volumes().inspect(used).name()).isEqualTo(used);
        } finally {
            removeQuietly(container);
            removeVolumeQuietly(used);
            removeVolumeQuietly(unused);
        }
    }
}
