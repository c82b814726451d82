package dev.berth.bench.raw;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Undoes {@code Transfer-Encoding: chunked}: the chunks' data, then end of stream after the last chunk. */
final class ChunkedInputStream extends InputStream {

    private final InputStream in;
    private long chunkLeft;
    private boolean done;

    ChunkedInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (chunkLeft == 0 && !nextChunk()) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, chunkLeft));
        if (n < 0) {
            throw new EOFException("connection closed inside a chunk");
        }
        chunkLeft -= n;
        if (chunkLeft == 0) {
            HttpResponse.readLine(in);
        }
        return n;
    }

    private boolean nextChunk() throws IOException {
        if (done) {
            return false;
        }
        String line = HttpResponse.readLine(in);
        int semicolon = line.indexOf(';');
        chunkLeft = Long.parseLong((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
        if (chunkLeft == 0) {
            done = true;
            while (!HttpResponse.readLine(in).isEmpty()) {
                // trailers: none expected, skipped
            }
            return false;
        }
        return true;
    }
}
