package dev.berth.docker.internal.tar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crafted archives against the host-side extractor: nothing may land outside the destination. */
class TarExtractorTest {

    @TempDir
    Path tmp;

    private static byte[] tar(TarArchiveEntry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (TarArchiveEntry e : entries) {
                byte[] content = e.isFile() ? ("content of " + e.getName()).getBytes(StandardCharsets.UTF_8) : new byte[0];
                if (e.isFile()) {
                    e.setSize(content.length);
                }
                out.putArchiveEntry(e);
                out.write(content);
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static TarArchiveEntry file(String name) {
        return new TarArchiveEntry(name);
    }

    private static TarArchiveEntry link(String name, String target, byte type) {
        TarArchiveEntry e = new TarArchiveEntry(name, type);
        e.setLinkName(target);
        return e;
    }

    @Nested
    class Extracts {

        @Test
        void aDirectoryTreeUnderTheDestinationName() throws IOException {
            byte[] archive = tar(new TarArchiveEntry("www/"), file("www/index.html"), new TarArchiveEntry("www/a/"), file("www/a/b.txt"),
                    link("www/current", "a/b.txt", TarConstants.LF_SYMLINK));
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
            byte[] archive = tar(new TarArchiveEntry("d/"), file("d/a"), link("d/b", "d/a", TarConstants.LF_LINK));
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
            assertRefused(tar(new TarArchiveEntry("d/"), file("d/../../evil")), "archive entry [d/../../evil] contains \"..\"");
        }

        @Test
        void absoluteNames() throws IOException {
            TarArchiveEntry absolute = new TarArchiveEntry("/etc/evil", true);
            assertRefused(tar(absolute), "archive entry [/etc/evil] has an absolute name");
        }

        @Test
        void symlinksPointingOutside() throws IOException {
            assertRefused(tar(new TarArchiveEntry("d/"), link("d/escape", "../../evil", TarConstants.LF_SYMLINK)),
                    "archive entry [d/escape] is a symbolic link to [../../evil], outside the destination [" + tmp.resolve("dest") + "]");
            assertRefused(tar(new TarArchiveEntry("d/"), link("d/abs", "/etc/passwd", TarConstants.LF_SYMLINK)),
                    "archive entry [d/abs] is a symbolic link to [/etc/passwd], outside the destination [" + tmp.resolve("dest") + "]");
        }

        @Test
        void hardLinksPointingOutside() throws IOException {
            assertRefused(tar(new TarArchiveEntry("d/"), link("d/h", "other/secret", TarConstants.LF_LINK)),
                    "archive entry [d/h] is a hard link to [other/secret], outside the destination [" + tmp.resolve("dest") + "]");
        }

        @Test
        void entriesOutsideTheCopiedPath() throws IOException {
            assertRefused(tar(new TarArchiveEntry("d/"), file("e/sibling")), "archive entry [e/sibling] is outside the copied path [d]");
        }

        @Test
        void deviceFiles() throws IOException {
            TarArchiveEntry device = new TarArchiveEntry("d/null", TarConstants.LF_CHR);
            assertRefused(tar(new TarArchiveEntry("d/"), device),
                    "archive entry [d/null] is a device file or FIFO; Berth does not create those on the host");
        }
    }

    @Test
    void writerAndExtractorRoundTripModes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TarWriter.writeFile(out, List.of("a", "a/b"), "a/b/run.sh", "echo".getBytes(StandardCharsets.UTF_8), 0750);
        TarExtractor.extract(new ByteArrayInputStream(out.toByteArray()), tmp.resolve("a"));
        assertThat(Files.readString(tmp.resolve("a/b/run.sh"))).isEqualTo("echo");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("a/b/run.sh"))))
                .isEqualTo("rwxr-x---");
    }
}
