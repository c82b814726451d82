package dev.berth.docker.internal.tar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TarReader} against archives written by GNU tar, BusyBox tar and crafted bytes; no engine needed. */
@NoEngine
class TarReaderTest {

    static final String LONG_DIR = "long-directory-name-".repeat(6);
    static final Instant MTIME = Instant.parse("2024-02-03T04:05:06Z");

    @TempDir
    Path tmp;

    /** Reads every entry as "type name mode size mtime uid:gid -> link : content". */
    static List<String> describe(InputStream archive) throws IOException {
        List<String> entries = new ArrayList<>();
        TarReader tar = new TarReader(archive);
        TarEntry e;
        while ((e = tar.nextEntry()) != null) {
            String content = e.isFile() ? " : " + new String(tar.readAllBytes(), StandardCharsets.UTF_8) : "";
            String link = e.linkName().isEmpty() ? "" : " -> " + e.linkName();
            entries.add(e.type() + " " + e.name() + " " + Integer.toOctalString(e.mode()) + " " + e.size() + " " + e.mtime() + " "
                    + e.uid() + ":" + e.gid() + link + content);
        }
        return entries;
    }

    /** A tree with a long directory name, a non-ASCII name, a symbolic link with a long target and a hard link. */
    private Path tree() throws IOException {
        Path tree = Files.createDirectories(tmp.resolve("src/tree"));
        Path deep = Files.createDirectories(tree.resolve(LONG_DIR));
        Files.writeString(deep.resolve("file-with-a-long-name.txt"), "deep\n");
        Files.writeString(tree.resolve("héllo wörld.txt"), "hé\n");
        Files.createSymbolicLink(tree.resolve("link"), Path.of(LONG_DIR + "/file-with-a-long-name.txt"));
        Files.createLink(tree.resolve("zz-hard"), tree.resolve("héllo wörld.txt"));
        for (Path p : List.of(deep.resolve("file-with-a-long-name.txt"), tree.resolve("héllo wörld.txt"), deep, tree)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-x---" : "rw-r-----"));
            Files.setLastModifiedTime(p, FileTime.from(MTIME));
        }
        Files.getFileAttributeView(tree.resolve("link"), BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setTimes(FileTime.from(MTIME), null, null);
        return tree;
    }

    /** What {@link #tree()} reads as, archived by GNU tar sorted by name. */
    static final String[] EXPECTED = {
        "DIRECTORY tree/ 750 0 " + MTIME + " 0:0",
        "FILE tree/héllo wörld.txt 640 4 " + MTIME + " 0:0 : hé\n",
        "SYMBOLIC_LINK tree/link 777 0 " + MTIME + " 0:0 -> " + LONG_DIR + "/file-with-a-long-name.txt",
        "DIRECTORY tree/" + LONG_DIR + "/ 750 0 " + MTIME + " 0:0",
        "FILE tree/" + LONG_DIR + "/file-with-a-long-name.txt 640 5 " + MTIME + " 0:0 : deep\n",
        "HARD_LINK tree/zz-hard 640 0 " + MTIME + " 0:0 -> tree/héllo wörld.txt",
    };

    @Nested
    class GnuTar {

        @BeforeEach
        void createTree() throws IOException {
            tree();
        }

        private List<String> readWritten(String format) throws Exception {
            SystemTar.run(tmp.resolve("src"), "--format=" + format, "--sort=name", "--numeric-owner", "--owner=0", "--group=0",
                    "-cf", "../out.tar", "tree");
            try (InputStream in = Files.newInputStream(tmp.resolve("out.tar"))) {
                return describe(in);
            }
        }

        @Test
        void gnuFormatLongNamesAndLinksThroughLAndK() throws Exception {
            assertThat(readWritten("gnu")).containsExactly(EXPECTED);
        }

        @Test
        void paxFormatPathAndLinkpathRecords() throws Exception {
            assertThat(readWritten("pax")).containsExactly(EXPECTED);
        }

        @Test
        void ustarFormatSplitsLongNamesIntoPrefixAndName() throws Exception {
            Path deep = Files.createDirectories(tmp.resolve("src/u/" + "d".repeat(60) + "/" + "e".repeat(60)));
            Files.writeString(deep.resolve("f.txt"), "x");
            SystemTar.run(tmp.resolve("src"), "--format=ustar", "-cf", "../u.tar", "u/" + "d".repeat(60) + "/" + "e".repeat(60) + "/f.txt");
            try (InputStream in = Files.newInputStream(tmp.resolve("u.tar"))) {
                assertThat(describe(in)).singleElement().asString()
                        .startsWith("FILE u/" + "d".repeat(60) + "/" + "e".repeat(60) + "/f.txt 644 1 ").endsWith(" : x");
            }
        }

        @Test
        void base256NumbersForLargeIdsAndTimesBefore1970() throws Exception {
            Path old = Files.writeString(tmp.resolve("src/old.txt"), "old");
            Files.setLastModifiedTime(old, FileTime.from(Instant.parse("1960-06-01T00:00:00Z")));
            SystemTar.run(tmp.resolve("src"), "--format=gnu", "--owner=big:3000000000", "--group=grp:3000000001", "-cf", "../old.tar",
                    "old.txt");
            try (InputStream in = Files.newInputStream(tmp.resolve("old.tar"))) {
                assertThat(describe(in)).containsExactly("FILE old.txt 644 3 1960-06-01T00:00:00Z 3000000000:3000000001 : old");
            }
        }
    }

    @Test
    void busyBoxTarLongNamesRecorded() throws IOException {
        // GIVEN an archive that BusyBox 1.35's tar -c wrote of the same kind of tree (GNU L and K headers)
        try (InputStream in = getClass().getResourceAsStream("busybox-1.35-long-names.tar")) {
            List<String> entries = describe(in);
            // THEN long names, long link targets, the non-ASCII name and the hard link are read whole
            assertThat(entries).containsExactly(
                    "DIRECTORY tree/ 750 0 2026-12-03T18:31:01Z 0:0",
                    "SYMBOLIC_LINK tree/link 777 0 2026-12-03T18:31:01Z 0:0 -> " + LONG_DIR + "/file-with-a-long-name.txt",
                    "FILE tree/hard 644 4 " + MTIME + " 0:0 : hé\n",
                    "HARD_LINK tree/héllo wörld.txt 644 0 " + MTIME + " 0:0 -> tree/hard",
                    "DIRECTORY tree/" + LONG_DIR + "/ 755 0 " + MTIME + " 0:0",
                    "FILE tree/" + LONG_DIR + "/file-with-a-long-name.txt 644 5 " + MTIME + " 0:0 : deep\n");
        }
    }

    @Nested
    class Extensions {

        private byte[] archive(byte typeflag, Map<String, String> records, TarEntry entry) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] content = PaxRecords.encode(records);
            out.writeBytes(new TarHeader("ext", 0644, 0, 0, content.length, 0, typeflag, "").toBlock());
            out.writeBytes(Arrays.copyOf(content, (content.length + 511) / 512 * 512));
            TarOutput tar = new TarOutput(out);
            tar.put(entry, new byte[(int) entry.size()]);
            tar.put(TarEntry.file("second", 0, 0644, MTIME));
            tar.finish();
            return out.toByteArray();
        }

        @Test
        void aGlobalHeaderAppliesToEveryFollowingEntryAndALocalOneToTheNextOnly() throws IOException {
            byte[] bytes = archive((byte) 'g', Map.of("mtime", "1700000000.25"), TarEntry.file("first", 2, 0644, MTIME));
            assertThat(describe(new ByteArrayInputStream(bytes))).containsExactly(
                    "FILE first 644 2 2023-11-14T22:13:20.250Z 0:0 : \0\0",
                    "FILE second 644 0 2023-11-14T22:13:20.250Z 0:0 : ");
            byte[] local = archive((byte) 'x', Map.of("path", "renamed.txt"), TarEntry.file("first", 2, 0644, MTIME));
            assertThat(describe(new ByteArrayInputStream(local))).containsExactly(
                    "FILE renamed.txt 644 2 " + MTIME + " 0:0 : \0\0",
                    "FILE second 644 0 " + MTIME + " 0:0 : ");
        }

        @Test
        void aPaxSizeBeyondEightGibibytes() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] records = PaxRecords.encode(Map.of("size", "9663676416"));
            out.writeBytes(new TarHeader("PaxHeaders/big", 0644, 0, 0, records.length, 0, (byte) 'x', "").toBlock());
            out.writeBytes(Arrays.copyOf(records, 512));
            out.writeBytes(new TarHeader("big.img", 0644, 0, 0, 0, 0, (byte) '0', "").toBlock());
            TarEntry entry = new TarReader(new ByteArrayInputStream(out.toByteArray())).nextEntry();
            assertThat(entry.size()).isEqualTo(9L << 30);
        }
    }

    @Nested
    class Failures {

        private byte[] sample() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TarOutput tar = new TarOutput(out);
            tar.put(TarEntry.file("a.txt", 1000, 0644, MTIME), new byte[1000]);
            tar.finish();
            return out.toByteArray();
        }

        @Test
        void aBadChecksum() throws IOException {
            byte[] bytes = sample();
            bytes[10] ^= 1;
            assertThatThrownBy(() -> describe(new ByteArrayInputStream(bytes)))
                    .isInstanceOf(IOException.class)
                    .hasMessageMatching("the tar header at byte 0 has checksum \\d+ but its bytes sum to \\d+: the archive is"
                            + " corrupt or not a tar archive");
        }

        @Test
        void notATarArchive() {
            byte[] text = "hello, this is not a tar archive\n".repeat(20).getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> describe(new ByteArrayInputStream(text)))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("the tar header at byte 0 has a checksum field that is not octal");
        }

        @Test
        void cutInsideTheContent() throws IOException {
            byte[] cut = Arrays.copyOf(sample(), 512 + 600);
            assertThatThrownBy(() -> describe(new ByteArrayInputStream(cut)))
                    .isInstanceOf(IOException.class)
                    .hasMessage("the tar archive ends early, at byte 1112 inside the content of [a.txt], 400 bytes short: it was cut off");
        }

        @Test
        void cutInsideAHeader() throws IOException {
            byte[] cut = Arrays.copyOf(sample(), 3 * 512 + 100);
            TarReader tar = new TarReader(new ByteArrayInputStream(cut));
            tar.nextEntry();
            assertThatThrownBy(tar::nextEntry)
                    .isInstanceOf(IOException.class)
                    .hasMessage("the tar archive ends early, at byte 1636 inside the header that starts at byte 1536: it was cut off");
        }

        @Test
        void aStreamThatStopsBetweenEntriesEndsTheArchiveAsInGoAndGnuTar() throws IOException {
            byte[] noTrailer = Arrays.copyOf(sample(), 3 * 512);
            assertThat(describe(new ByteArrayInputStream(noTrailer))).hasSize(1);
            assertThat(describe(new ByteArrayInputStream(new byte[0]))).isEmpty();
        }
    }

    @Test
    void aFolderWithoutItsTrailingSlashIsReadWithOne() throws IOException {
        // GIVEN a ustar folder header named "d", as Podman writes it (Docker and GNU tar write "d/")
        byte[] header = new byte[TarHeader.BLOCK];
        field(header, 0, "d");
        field(header, 100, "0000750");
        field(header, 108, "0000000");
        field(header, 116, "0000000");
        field(header, 124, "00000000000");
        field(header, 136, "00000000000");
        header[156] = '5';
        field(header, 257, "ustar");
        header[263] = '0';
        header[264] = '0';
        java.util.Arrays.fill(header, 148, 156, (byte) ' ');
        int sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        field(header, 148, String.format("%06o", sum));
        byte[] archive = java.util.Arrays.copyOf(header, 3 * TarHeader.BLOCK);
        // WHEN read THEN it has the one spelling folders have
        assertThat(describe(new java.io.ByteArrayInputStream(archive)))
                .containsExactly("DIRECTORY d/ 750 0 1970-01-01T00:00:00Z 0:0");
    }

    private static void field(byte[] header, int at, String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, at, bytes.length);
    }
}
