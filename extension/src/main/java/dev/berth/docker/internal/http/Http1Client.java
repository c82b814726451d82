package dev.berth.docker.internal.http;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.nio.channels.ClosedByInterruptException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;
import org.apiguardian.api.API;

/**
 * Sends HTTP/1.1 requests over pooled keep-alive connections and takes connections over for raw streams.
 * Thread-safe. A request that fails on a reused connection before any answer (the engine closed it while idle,
 * or restarted) is sent once more on a new connection when its body can be replayed.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Http1Client implements AutoCloseable {

    private static final int CHUNK_BUFFER = 64 * 1024;

    private final ConnectionPool pool;
    private final String host;
    private final AtomicLong requests = new AtomicLong();

    public Http1Client(ConnectionPool pool) {
        this.pool = pool;
        this.host = pool.transport().hostHeader();
    }

    /**
     * Sends a request and reads the response head; the body streams from the returned response.
     *
     * @return the response; must be closed
     */
    public HttpResponse execute(HttpRequest request) throws IOException {
        boolean replayable = request.body() == null || request.body().isReplayable();
        HttpConnection connection = replayable ? pool.acquire() : pool.open();
        Http1Codec.ResponseHead head;
        try {
            head = exchange(connection, request);
        } catch (IOException e) {
            // a TLS 1.3 engine's refusal of the client certificate is an alert waiting behind the failed write
            IOException alert = connection.isReused() || e instanceof SSLException ? null : connection.pendingTlsAlert();
            connection.close();
            if (alert != null) {
                alert.addSuppressed(e);
                throw alert;
            }
            if (!connection.isReused() || !isStale(e)) {
                throw e;
            }
            connection = pool.open();
            try {
                head = exchange(connection, request);
            } catch (IOException retryFailure) {
                connection.close();
                throw retryFailure;
            }
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.markUsed();
        Http1Codec.Framing framing = Http1Codec.framingOf(request.method(), head);
        boolean reusable = framing != Http1Codec.Framing.UNTIL_CLOSE && !"close".equalsIgnoreCase(head.header("Connection"));
        return new HttpResponse(head, Http1Codec.bodyOf(framing, head, connection.in()), connection, pool, reusable);
    }

    /**
     * Sends a request asking the engine to take the connection over ({@code Upgrade: tcp}); on {@code 101} or
     * {@code 200} the raw stream is returned.
     *
     * @return the raw stream, or {@code null} with {@code onError} given the error response
     */
    public HijackedStream hijack(HttpRequest request, ErrorHandler onError) throws IOException {
        return upgrade(request.withHeader("Connection", "Upgrade").withHeader("Upgrade", "tcp"), onError);
    }

    /**
     * Sends a request that carries its own upgrade headers (e.g. a websocket handshake); on {@code 101}, or
     * {@code 200} with a body that runs until the connection closes, the connection is returned raw.
     *
     * @return the raw stream, or {@code null} with {@code onError} given the error response
     */
    public HijackedStream upgrade(HttpRequest request, ErrorHandler onError) throws IOException {
        HttpResponse response = execute(request);
        int status = response.status();
        if (status == 101 || (status == 200 && response.body() == response.connection().in())) {
            return new HijackedStream(response.connection(), response.head());
        }
        try (response) {
            onError.handle(response);
            throw new IOException("the engine did not take the connection over: HTTP " + status);
        }
    }

    /**
     * Tells a connection the engine closed while it sat idle (or lost in a restart) from a failure of this call: end
     * of stream, a reset, or a broken pipe (the JDK's unix channels report that as a plain {@link IOException}). An
     * interrupt or a timeout is this call's own and is never retried.
     */
    static boolean isStale(IOException e) {
        if (e instanceof InterruptedIOException || e instanceof ClosedByInterruptException) {
            return false;
        }
        if (e instanceof EOFException || e instanceof SocketException) {
            return true;
        }
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("broken pipe") || m.contains("connection reset") || m.contains("closed");
    }

    /** Reads an error response and throws. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    @FunctionalInterface
    public interface ErrorHandler {
        void handle(HttpResponse response) throws IOException;
    }

    private Http1Codec.ResponseHead exchange(HttpConnection connection, HttpRequest request) throws IOException {
        requests.incrementAndGet();
        Http1Codec.writeHead(connection.out(), request, host);
        RequestBody body = request.body();
        if (body != null) {
            if (body.contentLength() >= 0) {
                body.writeTo(connection.out());
            } else {
                ChunkedOutputStream chunked = new ChunkedOutputStream(connection.out());
                BufferedOutputStream buffered = new BufferedOutputStream(chunked, CHUNK_BUFFER);
                body.writeTo(buffered);
                buffered.flush();
                chunked.finish();
            }
        }
        connection.out().flush();
        return Http1Codec.readHead(connection.in());
    }

    /** @return how many requests were sent (for benchmarks and tests) */
    public long requestCount() {
        return requests.get();
    }

    public ConnectionPool pool() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
