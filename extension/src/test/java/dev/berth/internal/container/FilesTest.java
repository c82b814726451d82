package dev.berth.internal.container;

import static dev.berth.internal.container.HandleTestSupport.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerFileException;
import dev.berth.ContainerHandle;
import dev.berth.Containers;
import dev.berth.NoSuchContainerPathException;
import dev.berth.PathStat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesTest {

    static ContainerHandle box;

    @BeforeAll
    static void start() {
        box = Containers.start(sleeper().withName("files"));
    }

    @AfterAll
    static void remove() {
        box.close();
        HandleTestSupport.assertNothingLeft();
    }

    @Test
    void putFileCreatesParentsAndHonoursMode() {
        box.putFile("/srv/a/b/run.sh", "#!/bin/sh\necho ran\n".getBytes(), 0750);
        assertThat(box.exec("/srv/a/b/run.sh").stdout()).isEqualTo("ran\n");
        PathStat stat = box.stat("/srv/a/b/run.sh");
        assertThat(stat.mode()).isEqualTo(0750);
        assertThat(stat.isRegularFile()).isTrue();
        assertThat(stat.size()).isEqualTo(19);
        assertThat(box.stat("/srv/a").isDirectory()).isTrue();
    }

    @Test
    void readFileRoundTrip() {
        box.putFile("/tmp/hello.txt", "héllo");
        assertThat(box.readFile("/tmp/hello.txt")).isEqualTo("héllo");
        assertThat(box.readFileBytes("/tmp/hello.txt")).isEqualTo("héllo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void readFileFollowsSymlinks() {
        box.exec("sh", "-c", "echo target > /tmp/real && ln -sf real /tmp/link");
        assertThat(box.readFile("/tmp/link")).isEqualTo("target\n");
        assertThat(box.stat("/tmp/link").isSymbolicLink()).isTrue();
    }

    @Test
    void missingPathsAreNamed() {
        assertThatThrownBy(() -> box.readFile("/nope/file"))
                .isInstanceOf(NoSuchContainerPathException.class)
                .hasMessage("Path [/nope/file] does not exist in container \"files\" (image busybox:stable, id "
                        + box.id().substring(0, 12) + "). Check the path, e.g. with exec(\"ls\", \"-la\", \"/nope\").");
        assertThatThrownBy(() -> box.stat("/nope")).isInstanceOf(NoSuchContainerPathException.class);
    }

    @Test
    void readingADirectoryAsAFileIsRefused() {
        assertThatThrownBy(() -> box.readFile("/etc"))
                .isExactlyInstanceOf(ContainerFileException.class)
                .hasMessageContaining("as a file: it is a directory");
    }

    @Test
    void pathsLongerThan100BytesAndNonAsciiNamesBothWays(@TempDir Path tmp) throws Exception {
        // GIVEN a host tree whose paths pass 100 bytes, with a non-ASCII name and a symbolic link with a long target
        String deep = "long-directory-name-".repeat(4) + "/" + "répertoire-日本語-".repeat(3);
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve(deep));
        Files.writeString(src.resolve(deep + "/fïchier-ünïcode.txt"), "from the host");
        Files.createSymbolicLink(src.resolve("lien-é"), Path.of(deep + "/fïchier-ünïcode.txt"));
        // WHEN copied in, and a file with such a path is put
        box.copyToContainer(src, "/tmp/long");
        box.putFile("/tmp/long/" + deep + "/mis-à-jour-" + "x".repeat(60) + ".txt", "put");
        // THEN the container sees every name whole
        assertThat(box.exec("cat", "/tmp/long/" + deep + "/fïchier-ünïcode.txt").stdout()).isEqualTo("from the host");
        assertThat(box.exec("readlink", "/tmp/long/lien-é").stdout()).isEqualTo(deep + "/fïchier-ünïcode.txt\n");
        assertThat(box.readFile("/tmp/long/lien-é")).isEqualTo("from the host");
        // AND a file the container writes comes back to the host under its whole name
        box.exec("sh", "-c", "echo from the container > '/tmp/long/" + deep + "/écrit-dans-le-conteneur-" + "y".repeat(50) + "'");
        box.copyFromContainer("/tmp/long", tmp.resolve("back"));
        Path back = tmp.resolve("back").resolve(deep);
        assertThat(Files.readString(back.resolve("fïchier-ünïcode.txt"))).isEqualTo("from the host");
        assertThat(Files.readString(back.resolve("mis-à-jour-" + "x".repeat(60) + ".txt"))).isEqualTo("put");
        assertThat(Files.readString(back.resolve("écrit-dans-le-conteneur-" + "y".repeat(50)))).isEqualTo("from the container\n");
        assertThat(Files.readSymbolicLink(tmp.resolve("back/lien-é"))).isEqualTo(Path.of(deep + "/fïchier-ünïcode.txt"));
        assertThat(box.stat("/tmp/long/" + deep).isDirectory()).isTrue();
    }

    @Test
    void directoryTreesRoundTripWithModes(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("sub"));
        Files.writeString(src.resolve("a.txt"), "A");
        Files.writeString(src.resolve("sub/b.sh"), "B");
        Files.setPosixFilePermissions(src.resolve("sub/b.sh"), PosixFilePermissions.fromString("rwxr-x---"));
        box.copyToContainer(tmp.resolve("src"), "/data/in");
        assertThat(box.readFile("/data/in/sub/b.sh")).isEqualTo("B");
        assertThat(box.stat("/data/in/sub/b.sh").mode()).isEqualTo(0750);

        Path out = tmp.resolve("out");
        box.copyFromContainer("/data/in", out);
        assertThat(Files.readString(out.resolve("a.txt"))).isEqualTo("A");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("sub/b.sh")))).isEqualTo("rwxr-x---");

        Path single = tmp.resolve("single.txt");
        box.copyFromContainer("/data/in/a.txt", single);
        assertThat(Files.readString(single)).isEqualTo("A");
    }

    @Test
    void largeFilesStreamBothWays(@TempDir Path tmp) throws Exception {
        Path big = tmp.resolve("big.bin");
        byte[] data = new byte[10 << 20];
        new java.util.Random(1).nextBytes(data);
        Files.write(big, data);
        box.copyToContainer(big, "/tmp/big.bin");
        assertThat(box.stat("/tmp/big.bin").size()).isEqualTo(data.length);
        Path back = tmp.resolve("back.bin");
        box.copyFromContainer("/tmp/big.bin", back);
        assertThat(Files.readAllBytes(back)).isEqualTo(data);
    }

    @Test
    void readOnlyRootFilesystemWithATmpfsStillTakesFiles() {
        try (ContainerHandle ro = Containers.start(sleeper().withReadOnlyRootFilesystem(true).withTmpfs("/data"))) {
            ro.putFile("/data/deep/er/file.txt", "ok");
            // the archive endpoints cannot see into tmpfs mounts: read it back with cat
            assertThat(ro.exec("cat", "/data/deep/er/file.txt").stdout()).isEqualTo("ok");
            assertThatThrownBy(() -> ro.putFile("/etc/new/file.txt", "no"))
                    .isExactlyInstanceOf(ContainerFileException.class)
                    .hasMessageContaining("Cannot write [/etc/new/file.txt] in container");
        }
    }
}
