package dev.berth.reliability;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for an engine that can be stopped and started again: a unix socket that forwards every connection to
 * the real engine's socket. {@link #stop()} closes the listening socket and every forwarded connection and removes
 * the socket file, as an engine's restart does; {@link #start()} listens again at the same path.
 */
final class EngineProxy implements AutoCloseable {

    private final Path socket;
    private final Path engine;
    private final Set<SocketChannel> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile ServerSocketChannel server;

    EngineProxy(Path socket, Path engine) {
        this.socket = socket;
        this.engine = engine;
    }

    String host() {
        return "unix://" + socket;
    }

    /** @return how many connections clients opened through the proxy */
    int accepted() {
        return accepted.get();
    }

    synchronized EngineProxy start() throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        channel.bind(UnixDomainSocketAddress.of(socket));
        server = channel;
        Thread acceptor = new Thread(() -> accept(channel), "engine-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return this;
    }

    private void accept(ServerSocketChannel channel) {
        try {
            while (true) {
                SocketChannel client = channel.accept();
                accepted.incrementAndGet();
                SocketChannel upstream = SocketChannel.open(UnixDomainSocketAddress.of(engine));
                open.add(client);
                open.add(upstream);
                pipe(client, upstream);
                pipe(upstream, client);
            }
        } catch (IOException closed) {
            // stopped
        }
    }

    private void pipe(SocketChannel from, SocketChannel to) {
        Thread t = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            try {
                while (from.read(buffer) >= 0) {
                    buffer.flip();
                    while (buffer.hasRemaining()) {
                        to.write(buffer);
                    }
                    buffer.clear();
                }
                to.shutdownOutput();
            } catch (IOException closed) {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "engine-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    /** Goes away as an engine does when it stops: no listener, no socket file, every connection cut. */
    synchronized void stop() throws IOException {
        server.close();
        open.forEach(EngineProxy::closeQuietly);
        open.clear();
        Files.deleteIfExists(socket);
    }

    private static void closeQuietly(SocketChannel c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
