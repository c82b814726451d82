package dev.berth.docker.internal.tar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crafted archives against the host-side extractor: nothing may land outside the destination. */
@NoEngine
class TarExtractorTest {

    @TempDir
    Path tmp;

    private static final Instant MTIME = Instant.parse("2024-02-03T04:05:06Z");

    private static byte[] tar(TarEntry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TarOutput out = new TarOutput(bytes);
        for (TarEntry e : entries) {
            if (e.isFile()) {
                out.put(e, ("content of " + e.name()).getBytes(StandardCharsets.UTF_8));
            } else {
                out.put(e);
            }
        }
        out.finish();
        return bytes.toByteArray();
    }

    private static TarEntry file(String name) {
        return TarEntry.file(name, ("content of " + name).getBytes(StandardCharsets.UTF_8).length, 0644, MTIME);
    }

    private static TarEntry dir(String name) {
        return TarEntry.directory(name, 0755, MTIME);
    }

    private static TarEntry link(String name, String target, TarEntry.Type type) {
        return new TarEntry(name, type, 0777, 0, MTIME, 0, 0, target);
    }

    @Nested
    class Extracts {

        @Test
        void aDirectoryTreeUnderTheDestinationName() throws IOException {
            byte[] archive = tar(dir("www/"), file("www/index.html"), dir("www/a/"), file("www/a/b.txt"),
                    link("www/current", "a/b.txt", TarEntry.Type.SYMBOLIC_LINK));
            Path dest = tmp.resolve("site");
            TarExtractor.extract(new ByteArrayInputStream(archive), dest);
            assertThat(Files.readString(dest.resolve("index.html"))).isEqualTo("content of www/index.html");
            assertThat(Files.readString(dest.resolve("a/b.txt"))).isEqualTo("content of www/a/b.txt");
            assertThat(Files.readSymbolicLink(dest.resolve("current"))).isEqualTo(Path.of("a/b.txt"));
        }

        @Test
        void aSingleFileAtTheDestinationPath() throws IOException {
            TarExtractor.extract(new ByteArrayInputStream(tar(file("passwd"))), tmp.resolve("copy.txt"));
            assertThat(Files.readString(tmp.resolve("copy.txt"))).isEqualTo("content of passwd");
        }

        @Test
        void hardLinksInsideTheTree() throws IOException {
            byte[] archive = tar(dir("d/"), file("d/a"), link("d/b", "d/a", TarEntry.Type.HARD_LINK));
            TarExtractor.extract(new ByteArrayInputStream(archive), tmp.resolve("out"));
            assertThat(Files.readString(tmp.resolve("out/b"))).isEqualTo("content of d/a");
        }
    }

    @Nested
    class Refuses {

        private void assertRefused(byte[] archive, String message) {
            assertThatThrownBy(() -> TarExtractor.extract(new ByteArrayInputStream(archive), tmp.resolve("dest")))
                    .isInstanceOf(TarExtractor.UnsafeEntryException.class)
                    .hasMessage(message);
            assertThat(tmp.resolve("evil")).doesNotExist();
        }

        @Test
        void dotDotEntries() throws IOException {
            assertRefused(tar(dir("d/"), file("d/../../evil")), "archive entry [d/../../evil] contains \"..\"");
        }

        @Test
        void absoluteNames() throws IOException {
            TarEntry absolute = file("/etc/evil");
            assertRefused(tar(absolute), "archive entry [/etc/evil] has an absolute name");
        }

        @Test
        void symlinksPointingOutside() throws IOException {
            assertRefused(tar(dir("d/"), link("d/escape", "../../evil", TarEntry.Type.SYMBOLIC_LINK)),
                    "archive entry [d/escape] is a symbolic link to [../../evil], outside the destination [" + tmp.resolve("dest") + "]");
            assertRefused(tar(dir("d/"), link("d/abs", "/etc/passwd", TarEntry.Type.SYMBOLIC_LINK)),
                    "archive entry [d/abs] is a symbolic link to [/etc/passwd], outside the destination [" + tmp.resolve("dest") + "]");
        }

        @Test
        void hardLinksPointingOutside() throws IOException {
            assertRefused(tar(dir("d/"), link("d/h", "other/secret", TarEntry.Type.HARD_LINK)),
                    "archive entry [d/h] is a hard link to [other/secret], outside the destination [" + tmp.resolve("dest") + "]");
        }

        @Test
        void entriesOutsideTheCopiedPath() throws IOException {
            assertRefused(tar(dir("d/"), file("e/sibling")), "archive entry [e/sibling] is outside the copied path [d]");
        }

        @Test
        void deviceFiles() throws IOException {
            TarEntry device = new TarEntry("d/null", TarEntry.Type.CHARACTER_DEVICE, 0666, 0, MTIME, 0, 0, "");
            assertRefused(tar(dir("d/"), device),
                    "archive entry [d/null] is a device file or FIFO; Berth does not create those on the host");
        }
    }

    @Test
    void writerAndExtractorRoundTripModes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UploadArchives.writeFile(out, List.of("a", "a/b"), "a/b/run.sh", "echo".getBytes(StandardCharsets.UTF_8), 0750);
        TarExtractor.extract(new ByteArrayInputStream(out.toByteArray()), tmp.resolve("a"));
        assertThat(Files.readString(tmp.resolve("a/b/run.sh"))).isEqualTo("echo");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("a/b/run.sh"))))
                .isEqualTo("rwxr-x---");
    }
}
