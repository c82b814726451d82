package dev.berth.docker.internal.http;

import dev.berth.docker.internal.transport.Transport;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * Keeps idle keep-alive connections to one engine, so a call reuses a connection instead of opening one.
 * Thread-safe. Connections that carry a hijacked or unfinished stream never come back here.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ConnectionPool implements AutoCloseable {

    private final Transport transport;
    private final int maxIdle;
    private final Deque<HttpConnection> idle = new ArrayDeque<>();
    private final AtomicInteger opened = new AtomicInteger();
    private boolean closed;

    public ConnectionPool(Transport transport, int maxIdle) {
        this.transport = transport;
        this.maxIdle = maxIdle;
    }

    /** @return an idle connection, or a new one */
    HttpConnection acquire() throws IOException {
        synchronized (this) {
            if (closed) {
                throw new IOException("the Docker client is closed");
            }
            HttpConnection c;
            while ((c = idle.pollFirst()) != null) {
                if (c.isOpen()) {
                    return c;
                }
                c.close();
            }
        }
        return open();
    }

    /** @return a new connection, never pooled before */
    HttpConnection open() throws IOException {
        HttpConnection c = new HttpConnection(transport.connect());
        opened.incrementAndGet();
        return c;
    }

    /** Gives back a connection whose last response was read to its end. */
    void release(HttpConnection connection) {
        synchronized (this) {
            if (!closed && idle.size() < maxIdle && connection.isOpen()) {
                idle.addFirst(connection);
                return;
            }
        }
        connection.close();
    }

    /** @return how many connections sit idle now */
    public synchronized int idleCount() {
        return idle.size();
    }

    /** @return how many connections were opened in all */
    public int openedCount() {
        return opened.get();
    }

    public Transport transport() {
        return transport;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            idle.forEach(HttpConnection::close);
            idle.clear();
        }
    }
}
