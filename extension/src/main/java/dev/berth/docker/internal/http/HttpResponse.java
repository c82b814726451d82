package dev.berth.docker.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * A response whose body is read from the connection as the caller consumes it. Must be closed: a body read to
 * its end gives the connection back to the pool, anything else closes it.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class HttpResponse implements AutoCloseable {

    private static final long DRAIN_LIMIT = 64 * 1024;

    private final Http1Codec.ResponseHead head;
    private final InputStream body;
    private final HttpConnection connection;
    private final ConnectionPool pool;
    private final boolean reusable;
    private boolean closed;

    HttpResponse(Http1Codec.ResponseHead head, InputStream body, HttpConnection connection, ConnectionPool pool, boolean reusable) {
        this.head = head;
        this.body = body;
        this.connection = connection;
        this.pool = pool;
        this.reusable = reusable;
    }

    public int status() {
        return head.status();
    }

    public String header(String name) {
        return head.header(name);
    }

    /** @return the body, delimited by its framing; read it incrementally */
    public InputStream body() {
        return body;
    }

    /** @return the body as a stream whose {@code close()} closes this response (for bodies handed to callers) */
    public InputStream bodyClosingResponse() {
        return new FilterInputStream(body) {
            @Override
            public void close() {
                HttpResponse.this.close();
            }
        };
    }

    /** Reads the whole body. */
    public byte[] bytes() throws IOException {
        return body.readAllBytes();
    }

    /** Reads the whole body as UTF-8. */
    public String text() throws IOException {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    Http1Codec.ResponseHead head() {
        return head;
    }

    HttpConnection connection() {
        return connection;
    }

    /** Closes the connection at once, e.g. to stop a followed stream from another thread. */
    public void abort() {
        closed = true;
        connection.close();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (reusable && finish()) {
            pool.release(connection);
        } else {
            connection.close();
        }
    }

    private boolean finish() {
        try {
            if (body instanceof ContentLengthInputStream cl) {
                if (!cl.isExhausted() && cl.remaining() <= DRAIN_LIMIT) {
                    cl.skipNBytes(cl.remaining());
                }
                return cl.isExhausted();
            }
            if (body instanceof ChunkedInputStream chunked) {
                return chunked.isExhausted();
            }
            return body.available() == 0 && body.read() == -1;
        } catch (IOException e) {
            return false;
        }
    }
}
