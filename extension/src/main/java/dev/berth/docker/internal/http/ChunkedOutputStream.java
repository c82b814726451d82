package dev.berth.docker.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * Encodes a body as {@code Transfer-Encoding: chunked}; {@link #finish()} writes the last chunk, and
 * {@link #close()} finishes without closing the connection.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ChunkedOutputStream extends OutputStream {

    private final OutputStream out;
    private boolean finished;

    public ChunkedOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return;
        }
        out.write(Integer.toHexString(length).getBytes(StandardCharsets.US_ASCII));
        out.write('\r');
        out.write('\n');
        out.write(buffer, offset, length);
        out.write('\r');
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    public void finish() throws IOException {
        if (!finished) {
            finished = true;
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        finish();
    }
}
