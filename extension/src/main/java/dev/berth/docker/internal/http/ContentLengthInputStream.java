package dev.berth.docker.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.apiguardian.api.API;

/**
 * Reads exactly {@code Content-Length} bytes of a body, then reports end of stream; never closes the connection.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ContentLengthInputStream extends InputStream {

    private final InputStream in;
    private long remaining;

    public ContentLengthInputStream(InputStream in, long length) {
        this.in = in;
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int b = in.read();
        if (b < 0) {
            throw new EOFException("connection closed with " + remaining + " bytes of the body missing");
        }
        remaining--;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, remaining));
        if (n < 0) {
            throw new EOFException("connection closed with " + remaining + " bytes of the body missing");
        }
        remaining -= n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), remaining);
    }

    /** @return whether the whole body has been read */
    public boolean isExhausted() {
        return remaining <= 0;
    }

    /** @return bytes not yet read */
    public long remaining() {
        return remaining;
    }
}
