package dev.berth.docker;

import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static dev.berth.docker.EngineTestSupport.run;
import static dev.berth.docker.EngineTestSupport.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.DockerOnly;
import dev.berth.ExecResult;
import dev.berth.PathStat;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.internal.tar.TarEntry;
import dev.berth.docker.internal.tar.TarOutput;
import dev.berth.docker.internal.tar.TarReader;
import dev.berth.docker.model.FileChange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchiveApiTest {

    private static final Instant MTIME = Instant.parse("2024-02-03T04:05:06Z");

    private static String container;

    @BeforeAll
    static void startContainer() {
        container = run(sleeper());
    }

    @AfterAll
    static void nothingLeft() {
        removeQuietly(container);
        EngineTestSupport.assertNothingLeft();
    }

    /** Writes a tar: a directory d (0750), d/f.txt (0640), d/run.sh (0755) and the symlink d/link to f.txt. */
    private static void writeSample(OutputStream out) throws IOException {
        TarOutput tar = new TarOutput(out);
        tar.put(TarEntry.directory("d/", 0750, MTIME));
        file(tar, "d/f.txt", 0640, "hello");
        file(tar, "d/run.sh", 0755, "#!/bin/sh\necho run\n");
        tar.put(TarEntry.symbolicLink("d/link", "f.txt", MTIME));
        tar.finish();
    }

    private static void file(TarOutput tar, String name, int mode, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        tar.put(TarEntry.file(name, bytes.length, mode, MTIME), bytes);
    }

    private static byte[] sample() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeSample(bytes);
        return bytes.toByteArray();
    }

    /** Reads a tar into name -> "mode content" (symlinks: "-> target"). */
    private static Map<String, String> entries(InputStream in) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        TarReader tar = new TarReader(in);
        TarEntry entry;
        while ((entry = tar.nextEntry()) != null) {
            String value = entry.isSymbolicLink() ? "-> " + entry.linkName()
                    : Integer.toOctalString(entry.mode() & 07777) + (entry.isFile() ? " " + new String(tar.readAllBytes(), StandardCharsets.UTF_8) : "");
            entries.put(entry.name(), value);
        }
        return entries;
    }

    private static String sh(String script) {
        return docker().exec().run(container, ExecConfig.of("sh", "-c", script)).stdout();
    }

    @Test
    void putThenGetRoundTripsModesContentAndLinks() throws IOException {
        // GIVEN a tar put into /tmp/roundtrip
        sh("mkdir -p /tmp/roundtrip");
        docker().archives().put(container, "/tmp/roundtrip", sample(), false, false);
        // WHEN the directory is read back
        try (ArchiveApi.Archive archive = docker().archives().get(container, "/tmp/roundtrip/d")) {
            // THEN the stat header describes it, and the tar holds every entry as it was put
            assertThat(archive.stat().name()).isEqualTo("d");
            assertThat(archive.stat().isDirectory()).isTrue();
            assertThat(archive.stat().mode()).isEqualTo(0750);
            assertThat(entries(archive.tar())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "d/", "750",
                    "d/f.txt", "640 hello",
                    "d/run.sh", "755 #!/bin/sh\necho run\n",
                    "d/link", "-> f.txt"));
        }
        // AND the process in the container sees the same
        assertThat(sh("cd /tmp/roundtrip/d && stat -c '%n %a %s' f.txt run.sh && ./run.sh && cat link"))
                .isEqualTo("f.txt 640 5\nrun.sh 755 19\nrun\nhello");
    }

    @Test
    @DockerOnly("Podman's linkTarget is the path itself for regular files")
    void statDescribesFilesDirectoriesAndLinks() throws IOException {
        sh("mkdir -p /tmp/stat");
        docker().archives().put(container, "/tmp/stat", sample(), false, false);
        PathStat file = docker().archives().stat(container, "/tmp/stat/d/f.txt");
        assertThat(file).isEqualTo(new PathStat("f.txt", 5, 0640, false, false, MTIME, ""));
        PathStat link = docker().archives().stat(container, "/tmp/stat/d/link");
        assertThat(link.isSymbolicLink()).isTrue();
        assertThat(link.linkTarget()).isEqualTo("/tmp/stat/d/f.txt");
        PathStat dir = docker().archives().stat(container, "/tmp/stat/d");
        assertThat(dir.isDirectory()).isTrue();
        assertThat(dir.mode()).isEqualTo(0750);
    }

    @Test
    void putStreamsFromAWriterAndFromAStream() throws IOException {
        sh("mkdir -p /tmp/streamed /tmp/fromstream");
        docker().archives().put(container, "/tmp/streamed", ArchiveApiTest::writeSample, false, false);
        docker().archives().put(container, "/tmp/fromstream", new ByteArrayInputStream(sample()), false, false);
        assertThat(sh("cat /tmp/streamed/d/f.txt /tmp/fromstream/d/f.txt")).isEqualTo("hellohello");
    }

    @Test
    void copyUidGidGivesFilesToTheContainersUser() throws IOException {
        // GIVEN a container running as nobody, and a tar whose file belongs to 1234:2345
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TarOutput tar = new TarOutput(bytes);
        tar.put(TarEntry.file("owned", 1, 0644, Instant.now()).withOwner(1234, 2345), new byte[] {'x'});
        tar.finish();
        String nobodys = run(sleeper().withUser("nobody"));
        try {
            // WHEN put with and without copyUIDGID
            docker().archives().put(nobodys, "/tmp", bytes.toByteArray(), false, true);
            ExecResult mapped = docker().exec().run(nobodys, ExecConfig.of("stat", "-c", "%u:%g", "/tmp/owned"));
            docker().archives().put(nobodys, "/", bytes.toByteArray(), false, false);
            ExecResult kept = docker().exec().run(nobodys, ExecConfig.of("stat", "-c", "%u:%g", "/owned"));
            // THEN with it the file is nobody's, without it keeps the archive's owners
            assertThat(mapped.stdout()).isEqualTo("65534:65534\n");
            assertThat(kept.stdout()).isEqualTo("1234:2345\n");
        } finally {
            removeQuietly(nobodys);
        }
    }

    @Test
    @DockerOnly("Podman's error text differs")
    void noOverwriteDirNonDirRefusesToReplaceADirectoryWithAFile() throws IOException {
        // GIVEN a directory /tmp/clash/d and a tar with a file named d
        sh("mkdir -p /tmp/clash/d");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TarOutput tar = new TarOutput(bytes);
        file(tar, "d", 0644, "file");
        tar.finish();
        // WHEN put with noOverwriteDirNonDir THEN the engine refuses
        assertThatThrownBy(() -> docker().archives().put(container, "/tmp/clash", bytes.toByteArray(), true, false))
                .isInstanceOf(DockerException.class)
                .hasMessageContaining("PUT /containers/" + container + "/archive")
                .hasMessageContaining("cannot overwrite directory");
        assertThat(sh("test -d /tmp/clash/d && echo still a directory")).isEqualTo("still a directory\n");
    }

    @Test
    @DockerOnly("Podman's error text differs")
    void missingPathsAreNotFound() {
        assertThatThrownBy(() -> docker().archives().stat(container, "/tmp/berth-missing"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("The Docker engine answered 404 to HEAD /containers/" + container + "/archive");
        assertThatThrownBy(() -> docker().archives().get(container, "/tmp/berth-missing"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("The Docker engine answered 404 to GET /containers/" + container + "/archive: Could not find the file"
                        + " /tmp/berth-missing in container " + container);
        assertThatThrownBy(() -> docker().archives().put(container, "/tmp/berth-missing", new byte[1024], false, false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DockerOnly("Podman reports /etc changed in a fresh container")
    void changesListAddedChangedAndDeletedPaths() {
        // GIVEN a container whose filesystem was changed
        String id = run(sleeper());
        try {
            assertThat(docker().archives().changes(id)).isEmpty();
            docker().exec().run(id, ExecConfig.of("sh", "-c", "echo x > /added.txt; rm /etc/group; echo y >> /etc/passwd"));
            // WHEN its changes are listed THEN each kind shows
            List<FileChange> changes = docker().archives().changes(id);
            assertThat(changes).contains(new FileChange("/added.txt", FileChange.Kind.ADDED),
                    new FileChange("/etc/group", FileChange.Kind.DELETED),
                    new FileChange("/etc/passwd", FileChange.Kind.MODIFIED),
                    new FileChange("/etc", FileChange.Kind.MODIFIED));
        } finally {
            removeQuietly(id);
        }
    }

    @Test
    void exportStreamsTheWholeFilesystem() throws IOException {
        // GIVEN a container with a file of its own
        docker().exec().run(container, ExecConfig.of("sh", "-c", "echo exported > /exported.txt"));
        // WHEN exported THEN the tar holds the image's files and the container's
        List<String> names = new ArrayList<>();
        String content = null;
        try (InputStream export = docker().archives().export(container)) {
            TarReader tar = new TarReader(export);
            TarEntry entry;
            while ((entry = tar.nextEntry()) != null) {
                names.add(entry.name());
                if (entry.name().equals("exported.txt")) {
                    content = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).contains("bin/busybox", "etc/passwd", "exported.txt");
        assertThat(content).isEqualTo("exported\n");
    }
}
