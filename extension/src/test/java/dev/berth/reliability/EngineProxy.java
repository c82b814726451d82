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
    private final AtomicInteger held = new AtomicInteger();
    private volatile ServerSocketChannel server;
    private volatile Hold hold = Hold.NOTHING;

    /** What the proxy keeps back of the answers to followed log requests ({@code /logs?..follow=1}). */
    enum Hold {
        /** Nothing: a plain forwarder. */
        NOTHING,
        /** The chunked body's last chunk ({@code 0\r\n\r\n}): the stream never ends, as if the engine forgot to. */
        END,
        /** The whole answer: not even the head arrives. */
        ALL
    }

    EngineProxy(Path socket, Path engine) {
        this.socket = socket;
        this.engine = engine;
    }

    String host() {
        return "unix://" + socket;
    }

    /** Keeps back part of the answers to followed log requests from now on. */
    EngineProxy holding(Hold what) {
        hold = what;
        return this;
    }

    /** @return how many followed log answers the proxy has kept back (in part or whole) */
    int held() {
        return held.get();
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
                java.util.concurrent.atomic.AtomicBoolean following = new java.util.concurrent.atomic.AtomicBoolean();
                pipe(client, upstream, following, true);
                pipe(upstream, client, following, false);
            }
        } catch (IOException closed) {
            // stopped
        }
    }

    private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Copies one direction of a connection. Requests are looked at for a followed log request (which marks the
     * connection); the answers on a marked connection lose what {@link #hold} says.
     */
    private void pipe(SocketChannel from, SocketChannel to, java.util.concurrent.atomic.AtomicBoolean following, boolean requests) {
        Thread t = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
            try {
                while (from.read(buffer) >= 0) {
                    buffer.flip();
                    byte[] data = new byte[buffer.remaining()];
                    buffer.get(data);
                    buffer.clear();
                    if (requests) {
                        String text = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
                        if (hold != Hold.NOTHING && text.contains("/logs?") && text.contains("follow=1")) {
                            following.set(true);
                        }
                    } else if (following.get()) {
                        data = keepBack(data, pending);
                    }
                    ByteBuffer out = ByteBuffer.wrap(data);
                    while (out.hasRemaining()) {
                        to.write(out);
                    }
                }
                if (!following.get()) {
                    to.shutdownOutput();
                }
            } catch (IOException closed) {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "engine-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    /** @return what of an answer's bytes goes on to the client; the rest of a possible last chunk waits in pending */
    private byte[] keepBack(byte[] data, java.io.ByteArrayOutputStream pending) {
        if (hold == Hold.ALL) {
            if (data.length > 0 && held.get() == 0) {
                held.incrementAndGet();
            }
            return new byte[0];
        }
        pending.writeBytes(data);
        byte[] all = pending.toByteArray();
        pending.reset();
        if (endsWith(all, LAST_CHUNK, LAST_CHUNK.length)) {
            held.incrementAndGet();
            return java.util.Arrays.copyOf(all, all.length - LAST_CHUNK.length);
        }
        for (int keep = LAST_CHUNK.length - 1; keep > 0; keep--) {
            if (endsWith(all, LAST_CHUNK, keep)) {
                pending.write(all, all.length - keep, keep);
                return java.util.Arrays.copyOf(all, all.length - keep);
            }
        }
        return all;
    }

    /** @return whether {@code data} ends with the first {@code n} bytes of {@code tail} */
    private static boolean endsWith(byte[] data, byte[] tail, int n) {
        if (data.length < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (data[data.length - n + i] != tail[i]) {
                return false;
            }
        }
        return true;
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
