package dev.berth.docker.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apiguardian.api.API;

/**
 * A connection taken over by the engine for a raw bidirectional stream (exec, attach): what the process writes
 * comes in on {@link #input()}, its stdin goes out on {@link #output()}. Never pooled; must be closed.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class HijackedStream implements Duplex {

    private final HttpConnection connection;
    private final Http1Codec.ResponseHead head;

    HijackedStream(HttpConnection connection, Http1Codec.ResponseHead head) {
        this.connection = connection;
        this.head = head;
    }

    /** @return 101 for an upgraded connection, 200 for the plain raw stream */
    public int status() {
        return head.status();
    }

    /** @return e.g. {@code application/vnd.docker.multiplexed-stream}, or {@code null} */
    public String contentType() {
        return head.header("Content-Type");
    }

    /** @return a header of the response that took the connection over, or {@code null} */
    public String header(String name) {
        return head.header(name);
    }

    @Override
    public InputStream input() {
        return connection.in();
    }

    @Override
    public OutputStream output() {
        return connection.out();
    }

    /** Half-closes: flushes and ends what we send, so the process sees EOF on stdin; output still flows. */
    @Override
    public void closeOutput() throws IOException {
        connection.shutdownOutput();
    }

    @Override
    public void close() {
        connection.close();
    }
}
