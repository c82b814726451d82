package dev.berth.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import dev.berth.PathStat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The {@code X-Docker-Container-Path-Stat} header: base64 of JSON with Go's {@code os.FileMode} bits. */
@NoEngine
class ArchiveStatHeaderTest {

    private static String header(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRegularFile() {
        PathStat stat = ArchiveApi.decodeStat(header(
                "{\"name\":\"f.txt\",\"size\":5,\"mode\":416,\"mtime\":\"2024-02-03T04:05:06.123456789Z\",\"linkTarget\":\"\"}"));
        assertThat(stat).isEqualTo(new PathStat("f.txt", 5, 0640, false, false, Instant.parse("2024-02-03T04:05:06.123456789Z"), ""));
        assertThat(stat.isRegularFile()).isTrue();
    }

    @Test
    void aDirectoryHasGosDirBit() {
        // os.ModeDir is 1 << 31; 2147484141 is ModeDir | 0755
        PathStat stat = ArchiveApi.decodeStat(header("{\"name\":\"tmp\",\"size\":4096,\"mode\":2147484141,\"mtime\":\"2024-01-01T00:00:00+02:00\"}"));
        assertThat(stat.isDirectory()).isTrue();
        assertThat(stat.mode()).isEqualTo(0755);
        assertThat(stat.modified()).isEqualTo(Instant.parse("2023-12-31T22:00:00Z"));
        assertThat(stat.linkTarget()).isEmpty();
    }

    @Test
    void aSymbolicLinkHasGosSymlinkBitAndItsTarget() {
        // os.ModeSymlink is 1 << 27; 134218239 is ModeSymlink | 0777
        PathStat stat = ArchiveApi.decodeStat(header(
                "{\"name\":\"vi\",\"size\":12,\"mode\":134218239,\"mtime\":\"2024-01-01T00:00:00Z\",\"linkTarget\":\"/bin/busybox\"}"));
        assertThat(stat.isSymbolicLink()).isTrue();
        assertThat(stat.isDirectory()).isFalse();
        assertThat(stat.mode()).isEqualTo(0777);
        assertThat(stat.linkTarget()).isEqualTo("/bin/busybox");
    }

    @Test
    void aMissingHeaderIsAnError() {
        assertThatThrownBy(() -> ArchiveApi.decodeStat(null))
                .isInstanceOf(IllegalStateException.class).hasMessage("the engine sent no X-Docker-Container-Path-Stat header");
    }
}
