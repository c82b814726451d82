package dev.berth.docker.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A connection taken over by the engine for a raw bidirectional stream (exec, attach): what the process writes
 * comes in on {@link #input()}, its stdin goes out on {@link #output()}. Never pooled; must be closed.
 */
public final class HijackedStream implements AutoCloseable {

    private final HttpConnection connection;
    private final int status;
    private final String contentType;

    HijackedStream(HttpConnection connection, int status, String contentType) {
        this.connection = connection;
        this.status = status;
        this.contentType = contentType;
    }

    /** @return 101 for an upgraded connection, 200 for the plain raw stream */
    public int status() {
        return status;
    }

    /** @return e.g. {@code application/vnd.docker.multiplexed-stream}, or {@code null} */
    public String contentType() {
        return contentType;
    }

    public InputStream input() {
        return connection.in();
    }

    public OutputStream output() {
        return connection.out();
    }

    /** Half-closes: flushes and ends what we send, so the process sees EOF on stdin; output still flows. */
    public void closeOutput() throws IOException {
        connection.shutdownOutput();
    }

    @Override
    public void close() {
        connection.close();
    }
}
