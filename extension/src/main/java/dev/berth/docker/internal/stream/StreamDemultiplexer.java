package dev.berth.docker.internal.stream;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * Splits the engine's multiplexed stream into stdout and stderr. Each frame is an 8-byte header
 * ({@code [stream, 0, 0, 0, size(4, big-endian)]}, stream 0 stdin, 1 stdout, 2 stderr) followed by
 * {@code size} bytes of payload. Frames may be split across reads; zero-length frames are allowed.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class StreamDemultiplexer {

    /** Stream type 0: stdin (written to stdout, as the engine means it for echoed input). */
    public static final int STDIN = 0;
    /** Stream type 1. */
    public static final int STDOUT = 1;
    /** Stream type 2. */
    public static final int STDERR = 2;
    /** Stream type 3: a system error from the engine (e.g. the exec could not be started). */
    public static final int SYSTEM = 3;

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final byte[] header = new byte[8];
    private final byte[] buffer = new byte[BUFFER];

    public StreamDemultiplexer(InputStream in) {
        this.in = in;
    }

    /** A frame's header: its stream type and payload size. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public record FrameHeader(int stream, int size) {
    }

    /**
     * Reads the next frame header.
     *
     * @return the header, or {@code null} at a clean end of stream (between frames)
     * @throws EOFException when the stream ends inside a header
     */
    public FrameHeader nextHeader() throws IOException {
        int read = 0;
        while (read < 8) {
            int n = in.read(header, read, 8 - read);
            if (n < 0) {
                if (read == 0) {
                    return null;
                }
                throw new EOFException("stream ended inside a frame header after " + read + " of 8 bytes");
            }
            read += n;
        }
        int size = ((header[4] & 0xff) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8) | (header[7] & 0xff);
        if (size < 0) {
            throw new IOException("frame size out of range: " + Integer.toUnsignedString(size));
        }
        return new FrameHeader(header[0] & 0xff, size);
    }

    /** Copies exactly {@code size} payload bytes to {@code out}. */
    public void copyPayload(int size, OutputStream out) throws IOException {
        int remaining = size;
        while (remaining > 0) {
            int n = in.read(buffer, 0, Math.min(buffer.length, remaining));
            if (n < 0) {
                throw new EOFException("stream ended inside a frame with " + remaining + " of " + size + " bytes missing");
            }
            out.write(buffer, 0, n);
            remaining -= n;
        }
    }

    /** Reads exactly {@code size} payload bytes. */
    public byte[] readPayload(int size) throws IOException {
        byte[] payload = in.readNBytes(size);
        if (payload.length < size) {
            throw new EOFException("stream ended inside a frame with " + (size - payload.length) + " of " + size + " bytes missing");
        }
        return payload;
    }

    /**
     * Copies every frame to its stream until the end: stdin and stdout frames to {@code stdout}, stderr to
     * {@code stderr}; a system frame (type 3) ends in an {@link IOException} with its text.
     */
    public void demultiplex(OutputStream stdout, OutputStream stderr) throws IOException {
        FrameHeader frame;
        while ((frame = nextHeader()) != null) {
            switch (frame.stream()) {
                case STDIN:
                case STDOUT:
                    copyPayload(frame.size(), stdout);
                    break;
                case STDERR:
                    copyPayload(frame.size(), stderr);
                    break;
                case SYSTEM:
                    throw new IOException("engine error in stream: " + new String(readPayload(frame.size()), StandardCharsets.UTF_8).trim());
                default:
                    throw new IOException("unknown stream type " + frame.stream() + " in multiplexed stream");
            }
        }
    }
}
