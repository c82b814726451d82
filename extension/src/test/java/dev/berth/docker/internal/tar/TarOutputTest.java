package dev.berth.docker.internal.tar;

import static dev.berth.docker.internal.tar.TarReaderTest.LONG_DIR;
import static dev.berth.docker.internal.tar.TarReaderTest.MTIME;
import static dev.berth.docker.internal.tar.TarReaderTest.describe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TarOutput} read back by {@link TarReader} and by GNU tar; no engine needed. */
@NoEngine
class TarOutputTest {

    @TempDir
    Path tmp;

    private static byte[] write(TarEntry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TarOutput tar = new TarOutput(out);
        for (TarEntry e : entries) {
            if (e.isFile()) {
                tar.put(e, ("content of " + e.name()).getBytes(StandardCharsets.UTF_8));
            } else {
                tar.put(e);
            }
        }
        tar.finish();
        return out.toByteArray();
    }

    private static TarEntry file(String name) {
        return TarEntry.file(name, ("content of " + name).getBytes(StandardCharsets.UTF_8).length, 0640, MTIME);
    }

    @Nested
    class RoundTrip {

        @Test
        void namesOfEveryLengthAndScriptLinksModesTimesAndOwners() throws IOException {
            // GIVEN names of 100 and 101 bytes, a long and a non-ASCII one, a long link target, large ids and an old time
            String hundred = "n".repeat(100);
            String nonAscii = "dossier/résumé-日本語.txt";
            byte[] archive = write(TarEntry.directory("dir", 0750, MTIME), file(hundred), file(hundred + "1"),
                    file(LONG_DIR + "/" + LONG_DIR + "/f"), file(nonAscii),
                    TarEntry.symbolicLink("link", LONG_DIR + "/" + LONG_DIR + "/f", MTIME),
                    new TarEntry("hard", TarEntry.Type.HARD_LINK, 0640, 0, MTIME, 0, 0, nonAscii),
                    file("owned").withOwner(3_000_000_000L, 4_000_000_000L),
                    TarEntry.file("old", 14, 0600, Instant.parse("1960-06-01T00:00:00Z")));
            // WHEN read back THEN every entry is as written, directories with their trailing slash
            assertThat(describe(new ByteArrayInputStream(archive))).containsExactly(
                    "DIRECTORY dir/ 750 0 " + MTIME + " 0:0",
                    "FILE " + hundred + " 640 111 " + MTIME + " 0:0 : content of " + hundred,
                    "FILE " + hundred + "1 640 112 " + MTIME + " 0:0 : content of " + hundred + "1",
                    "FILE " + LONG_DIR + "/" + LONG_DIR + "/f 640 254 " + MTIME + " 0:0 : content of " + LONG_DIR + "/" + LONG_DIR + "/f",
                    "FILE " + nonAscii + " 640 41 " + MTIME + " 0:0 : content of " + nonAscii,
                    "SYMBOLIC_LINK link 777 0 " + MTIME + " 0:0 -> " + LONG_DIR + "/" + LONG_DIR + "/f",
                    "HARD_LINK hard 640 0 " + MTIME + " 0:0 -> " + nonAscii,
                    "FILE owned 640 16 " + MTIME + " 3000000000:4000000000 : content of owned",
                    "FILE old 600 14 1960-06-01T00:00:00Z 0:0 : content of old");
        }

        @Test
        void paxRecordLengthsAcrossADigitBoundary() throws IOException {
            for (int n = 85; n < 105; n++) {
                Map<String, String> records = Map.of("path", "p".repeat(n));
                assertThat(PaxRecords.parse(PaxRecords.encode(records), 0)).isEqualTo(records);
            }
        }

        @Test
        void aFileBeyondEightGibibytesCarriesItsSizeInPax() throws IOException {
            // GIVEN a 9 GiB file entry whose content fails after 16 KiB (the headers are on their way by then)
            ByteArrayOutputStream sent = new ByteArrayOutputStream();
            InputStream content = new InputStream() {
                private int left = 16 * 1024;

                @Override
                public int read() throws IOException {
                    if (left-- == 0) {
                        throw new IOException("enough");
                    }
                    return 0;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (left == 0) {
                        throw new IOException("enough");
                    }
                    int n = Math.min(len, left);
                    left -= n;
                    return n;
                }
            };
            assertThatThrownBy(() -> new TarOutput(sent).put(TarEntry.file("big.img", 9L << 30, 0644, MTIME), content))
                    .hasMessage("enough");
            // THEN a reader sees the whole size
            TarEntry entry = new TarReader(new ByteArrayInputStream(sent.toByteArray())).nextEntry();
            assertThat(entry.name()).isEqualTo("big.img");
            assertThat(entry.size()).isEqualTo(9L << 30);
        }

        @Test
        void contentThatEndsEarlyIsAnError() {
            TarOutput tar = new TarOutput(OutputStream.nullOutputStream());
            assertThatThrownBy(() -> tar.put(TarEntry.file("shrunk", 10, 0644, MTIME), new ByteArrayInputStream(new byte[4])))
                    .isInstanceOf(IOException.class)
                    .hasMessage("the content of [shrunk] ended after 4 of its 10 bytes: did the file change while it was archived?");
        }
    }

    @Nested
    class ReadByGnuTar {

        @Test
        void itListsAndExtractsLongNamesNonAsciiNamesAndLinks() throws Exception {
            // GIVEN a host tree written by UploadArchives as an upload writes it
            Path tree = Files.createDirectories(tmp.resolve("src/" + LONG_DIR));
            Files.writeString(tree.resolve("file-with-a-long-name.txt"), "deep\n");
            Files.writeString(tmp.resolve("src/héllo wörld.txt"), "hé\n");
            Files.createSymbolicLink(tmp.resolve("src/link"), Path.of(LONG_DIR + "/file-with-a-long-name.txt"));
            for (Path p : List.of(tree.resolve("file-with-a-long-name.txt"), tmp.resolve("src/héllo wörld.txt"), tree, tmp.resolve("src"))) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-x---" : "rw-r-----"));
                Files.setLastModifiedTime(p, FileTime.from(MTIME));
            }
            try (OutputStream out = Files.newOutputStream(tmp.resolve("out.tar"))) {
                UploadArchives.writeFolder(tmp.resolve("src"), out);
            }
            // WHEN GNU tar lists it THEN it sees every name whole, with modes, owners and times
            String listing = SystemTar.run(tmp, "--numeric-owner", "-tvf", "out.tar");
            assertThat(listing.lines().map(line -> line.replaceAll(" +", " ").replaceAll(" \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d (link ->)", " (now) $1")))
                    .containsExactly(
                            "-rw-r----- 0/0 4 2024-02-03 04:05 héllo wörld.txt",
                            "lrwxrwxrwx 0/0 0 (now) link -> " + LONG_DIR + "/file-with-a-long-name.txt",
                            "drwxr-x--- 0/0 0 2024-02-03 04:05 " + LONG_DIR + "/",
                            "-rw-r----- 0/0 5 2024-02-03 04:05 " + LONG_DIR + "/file-with-a-long-name.txt");
            // AND extracts the same content
            Files.createDirectories(tmp.resolve("x"));
            SystemTar.run(tmp.resolve("x"), "-xf", "../out.tar");
            assertThat(Files.readString(tmp.resolve("x/" + LONG_DIR + "/file-with-a-long-name.txt"))).isEqualTo("deep\n");
            assertThat(Files.readString(tmp.resolve("x/héllo wörld.txt"))).isEqualTo("hé\n");
            assertThat(Files.readString(tmp.resolve("x/link"))).isEqualTo("deep\n");
        }
    }
}
