package dev.berth.docker.internal.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@NoEngine
class StreamDemultiplexerTest {

    /** One frame: the 8-byte header (stream, 0, 0, 0, big-endian size) and the payload. */
    private static byte[] frame(int stream, String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[8 + bytes.length];
        frame[0] = (byte) stream;
        frame[4] = (byte) (bytes.length >>> 24);
        frame[5] = (byte) (bytes.length >>> 16);
        frame[6] = (byte) (bytes.length >>> 8);
        frame[7] = (byte) bytes.length;
        System.arraycopy(bytes, 0, frame, 8, bytes.length);
        return frame;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Hands out one byte per read, so every header and payload is split across reads. */
    private static InputStream oneByteAtATime(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    private static String[] demultiplex(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new StreamDemultiplexer(in).demultiplex(out, err);
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void framesSplitAcrossReadsGoToTheirStreams() throws IOException {
        byte[] wire = concat(frame(1, "out1 "), frame(2, "err1 "), frame(1, "out2"), frame(0, " echoed"), frame(2, "err2"));
        assertThat(demultiplex(oneByteAtATime(wire))).containsExactly("out1 out2 echoed", "err1 err2");
    }

    @Test
    void zeroLengthFramesAreSkipped() throws IOException {
        byte[] wire = concat(frame(1, ""), frame(1, "a"), frame(2, ""), frame(1, ""), frame(2, "b"));
        assertThat(demultiplex(oneByteAtATime(wire))).containsExactly("a", "b");
    }

    @Test
    void aLargeFrameIsCopiedWhole() throws IOException {
        String big = "x".repeat(200_000);
        assertThat(demultiplex(new ByteArrayInputStream(frame(1, big)))[0]).hasSize(200_000);
    }

    @Test
    void headersReportStreamAndBigEndianSize() throws IOException {
        StreamDemultiplexer demux = new StreamDemultiplexer(new ByteArrayInputStream(
                new byte[] {2, 0, 0, 0, 0x01, 0x02, 0x03, 0x04}));
        assertThat(demux.nextHeader()).isEqualTo(new StreamDemultiplexer.FrameHeader(2, 0x01020304));
    }

    @Test
    void anEmptyStreamEndsCleanly() throws IOException {
        assertThat(new StreamDemultiplexer(new ByteArrayInputStream(new byte[0])).nextHeader()).isNull();
    }

    @Test
    void theStreamEndingInsideAHeaderIsAnEofError() {
        assertThatThrownBy(() -> demultiplex(new ByteArrayInputStream(new byte[] {1, 0, 0})))
                .isInstanceOf(EOFException.class).hasMessage("stream ended inside a frame header after 3 of 8 bytes");
    }

    @Test
    void theStreamEndingInsideAPayloadIsAnEofError() {
        byte[] cut = java.util.Arrays.copyOf(frame(1, "hello"), 10);
        assertThatThrownBy(() -> demultiplex(oneByteAtATime(cut)))
                .isInstanceOf(EOFException.class).hasMessage("stream ended inside a frame with 3 of 5 bytes missing");
    }

    @Test
    void aSystemFrameIsTheEnginesError() {
        assertThatThrownBy(() -> demultiplex(new ByteArrayInputStream(concat(frame(1, "ok"), frame(3, "exec failed\n")))))
                .isInstanceOf(IOException.class).hasMessage("engine error in stream: exec failed");
    }

    @Test
    void anUnknownStreamTypeIsAnError() {
        assertThatThrownBy(() -> demultiplex(new ByteArrayInputStream(frame(7, "?"))))
                .isInstanceOf(IOException.class).hasMessage("unknown stream type 7 in multiplexed stream");
    }
}
