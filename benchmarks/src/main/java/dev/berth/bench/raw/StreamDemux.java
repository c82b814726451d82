package dev.berth.bench.raw;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Splits the engine's multiplexed stream (logs and attach/exec without a TTY): frames of an 8-byte header (stream
 * type 1 stdout or 2 stderr, three zero bytes, a big-endian 32-bit size) followed by that many bytes.
 */
public final class StreamDemux {

    private StreamDemux() {
    }

    /**
     * Copies every frame to {@code stdout} or {@code stderr} until the stream ends. Passing the same stream for
     * both keeps the arrival order.
     */
    public static void demux(InputStream in, OutputStream stdout, OutputStream stderr) throws IOException {
        byte[] header = new byte[8];
        byte[] buffer = new byte[64 * 1024];
        while (readHeader(in, header)) {
            OutputStream target = header[0] == 2 ? stderr : stdout;
            long size = ((header[4] & 0xffL) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8)
                    | (header[7] & 0xff);
            while (size > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, size));
                if (n < 0) {
                    throw new EOFException(size + " bytes of a frame missing");
                }
                target.write(buffer, 0, n);
                size -= n;
            }
        }
    }

    private static boolean readHeader(InputStream in, byte[] header) throws IOException {
        int read = 0;
        while (read < header.length) {
            int n = in.read(header, read, header.length - read);
            if (n < 0) {
                if (read == 0) {
                    return false;
                }
                throw new EOFException("stream ended inside a frame header");
            }
            read += n;
        }
        return true;
    }
}
