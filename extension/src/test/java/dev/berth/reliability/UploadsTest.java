package dev.berth.reliability;

import static dev.berth.reliability.Reliability.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerHandle;
import dev.berth.ContainerStartupException;
import dev.berth.Containers;
import dev.berth.docker.internal.tar.UploadArchives;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads keep file modes, set ownership only when asked ({@code copyUIDGID}), and reach tmpfs mounts, which the
 * engine's archive endpoints cannot see.
 */
class UploadsTest {

    @TempDir
    Path tmp;

    @AfterAll
    static void nothingLeft() {
        Reliability.assertNothingLeft();
    }

    @Test
    void putFileKeepsTheModeAsked() {
        try (ContainerHandle c = Containers.start(sleeper())) {
            c.putFile("/opt/run.sh", "#!/bin/sh\necho ran\n".getBytes(StandardCharsets.UTF_8), 0750);
            c.putFile("/opt/secret.key", "k".getBytes(StandardCharsets.UTF_8), 0600);
            c.putFile("/opt/sticky", new byte[0], 01777);
            c.putFile("/opt/plain.txt", "text");
            assertThat(c.exec("stat", "-c", "%a %n", "/opt/run.sh", "/opt/secret.key", "/opt/sticky", "/opt/plain.txt").stdout())
                    .isEqualTo("750 /opt/run.sh\n600 /opt/secret.key\n1777 /opt/sticky\n644 /opt/plain.txt\n");
            assertThat(c.exec("/opt/run.sh").stdout()).isEqualTo("ran\n");
            assertThat(c.stat("/opt/secret.key").mode()).isEqualTo(0600);
        }
    }

    @Test
    void copyToContainerKeepsTheHostModes() throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("tree/private"));
        Files.setPosixFilePermissions(tree, PosixFilePermissions.fromString("rwx------"));
        Path tool = Files.writeString(tmp.resolve("tree/tool"), "#!/bin/sh\necho tool\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-x--x"));
        Path readOnly = Files.writeString(tree.resolve("read-only.txt"), "r");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r-----"));
        try (ContainerHandle c = Containers.start(sleeper())) {
            c.copyToContainer(tmp.resolve("tree"), "/srv/tree");
            assertThat(c.exec("stat", "-c", "%a %n", "/srv/tree/private", "/srv/tree/tool", "/srv/tree/private/read-only.txt").stdout())
                    .isEqualTo("700 /srv/tree/private\n751 /srv/tree/tool\n440 /srv/tree/private/read-only.txt\n");
            Path back = tmp.resolve("back");
            c.copyFromContainer("/srv/tree", back);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(back.resolve("tool")))).isEqualTo("rwxr-x--x");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(back.resolve("private")))).isEqualTo("rwx------");
        }
    }

    @Test
    void ownershipIsTheContainerUsersOnlyWhenAsked() throws Exception {
        try (ContainerHandle c = Containers.start(sleeper().withUser("nobody"))) {
            c.docker().archives().put(c.id(), "/tmp", tar("plain.txt", 0640), false, false);
            c.docker().archives().put(c.id(), "/tmp", tar("owned.txt", 0640), false, true);
            assertThat(c.exec("stat", "-c", "%u:%g %a %n", "/tmp/plain.txt", "/tmp/owned.txt").stdout())
                    .as("without copyUIDGID the archive's owner (root) is kept; with it, the container's user owns the file")
                    .isEqualTo("0:0 640 /tmp/plain.txt\n65534:65534 640 /tmp/owned.txt\n");
            assertThat(c.exec("sh", "-c", "echo more >> /tmp/owned.txt && cat /tmp/owned.txt").stdout()).isEqualTo("x\nmore\n");
        }
    }

    private static byte[] tar(String name, int mode) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UploadArchives.writeFile(out, List.of(), name, "x\n".getBytes(StandardCharsets.UTF_8), mode);
        return out.toByteArray();
    }

    @Test
    void filesOnATmpfsMountAreSeenByTheContainer() throws Exception {
        try (ContainerHandle c = Containers.start(sleeper().withTmpfs("/data", "/run/app:size=1m"))) {
            c.putFile("/data/config/app.conf", "x=1\n");
            c.putFile("/run/app/pid", "1".getBytes(StandardCharsets.UTF_8), 0600);
            assertThat(c.exec("cat", "/data/config/app.conf").stdout()).as("visible to the container's processes").isEqualTo("x=1\n");
            assertThat(c.exec("stat", "-c", "%a", "/run/app/pid").stdout()).isEqualTo("600\n");
            c.exec("sh", "-c", "echo made-inside > /data/inside.txt");
            assertThat(c.readFile("/data/inside.txt")).isEqualTo("made-inside\n");
            assertThat(c.stat("/data/inside.txt").size()).isEqualTo(12);
            assertThat(c.stat("/data/config").isDirectory()).isTrue();
            c.copyFromContainer("/data", tmp.resolve("data"));
            assertThat(tmp.resolve("data/config/app.conf")).hasContent("x=1");
            Path host = Files.writeString(tmp.resolve("host.txt"), "from host");
            c.copyToContainer(host, "/data/host.txt");
            assertThat(c.exec("cat", "/data/host.txt").stdout()).isEqualTo("from host");
            assertThatThrownBy(() -> c.readFile("/data/missing")).isInstanceOf(dev.berth.NoSuchContainerPathException.class)
                    .hasMessageStartingWith("Path [/data/missing] does not exist in container ");
        }
    }

    @Test
    void aCopyBeforeStartOntoATmpfsIsRefusedUpFront() throws Exception {
        Path host = Files.writeString(tmp.resolve("app.conf"), "x=1");
        assertThatThrownBy(() -> Containers.start(sleeper().withName("app").withTmpfs("/data").withCopyToContainer(host, "/data/app.conf")))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessage("Container \"app\" (image busybox:stable) cannot get [" + host + "] copied to [/data/app.conf] before it"
                        + " starts: that path is on the tmpfs mount [/data], which exists only once the container runs. Fix: copy it"
                        + " after the start with handle.copyToContainer(..), or copy it to a path outside the tmpfs.");
    }
}
