package dev.berth.docker.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.apiguardian.api.API;

/**
 * Decodes a {@code Transfer-Encoding: chunked} body as it arrives: each chunk is handed out as soon as its
 * bytes are there, so followed logs and progress streams are seen line by line. Never closes the connection.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ChunkedInputStream extends InputStream {

    private final InputStream in;
    private long chunkRemaining;
    private boolean finished;

    public ChunkedInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (finished) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        if (chunkRemaining == 0) {
            chunkRemaining = readChunkSize();
            if (chunkRemaining == 0) {
                skipTrailers();
                finished = true;
                return -1;
            }
        }
        int n = in.read(buffer, offset, (int) Math.min(length, chunkRemaining));
        if (n < 0) {
            throw new EOFException("connection closed inside a chunk");
        }
        chunkRemaining -= n;
        if (chunkRemaining == 0) {
            expectCrlf();
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return finished ? 0 : (int) Math.min(in.available(), chunkRemaining);
    }

    /** @return whether the terminating zero-length chunk has been read */
    public boolean isExhausted() {
        return finished;
    }

    private long readChunkSize() throws IOException {
        String line = Http1Codec.readLine(in);
        if (line == null) {
            throw new EOFException("connection closed before the next chunk size");
        }
        int semicolon = line.indexOf(';');
        String hex = (semicolon >= 0 ? line.substring(0, semicolon) : line).trim();
        try {
            long size = Long.parseLong(hex, 16);
            if (size < 0) {
                throw new NumberFormatException();
            }
            return size;
        } catch (NumberFormatException e) {
            throw new IOException("malformed chunk size [" + line + "]");
        }
    }

    private void expectCrlf() throws IOException {
        String line = Http1Codec.readLine(in);
        if (line == null || !line.isEmpty()) {
            throw new IOException("chunk not followed by CRLF");
        }
    }

    private void skipTrailers() throws IOException {
        String line;
        do {
            line = Http1Codec.readLine(in);
        } while (line != null && !line.isEmpty());
    }
}
