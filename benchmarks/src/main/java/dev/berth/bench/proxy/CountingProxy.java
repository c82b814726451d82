package dev.berth.bench.proxy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A unix-socket proxy in front of the engine that counts the HTTP requests passing through it, whatever client sends
 * them: point a client at it with {@code DOCKER_HOST=unix://<socket>}. Bytes are forwarded untouched.
 */
public final class CountingProxy implements AutoCloseable {

    private final Path socket;
    private final UnixDomainSocketAddress upstream;
    private final ServerSocketChannel server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "counting-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<String> requests = new ArrayList<>();

    /**
     * Listens on {@code socket} (replaced if it exists) and forwards to {@code upstream}.
     */
    public CountingProxy(Path socket, Path upstream) throws IOException {
        this.socket = socket;
        this.upstream = UnixDomainSocketAddress.of(upstream);
        Files.deleteIfExists(socket);
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        threads.execute(this::accept);
    }

    /** @return the {@code DOCKER_HOST} value that sends a client through this proxy */
    public String dockerHost() {
        return "unix://" + socket;
    }

    /** @return how many requests went through so far */
    public synchronized int count() {
        return requests.size();
    }

    /** @return the request lines (e.g. {@code POST /v1.41/containers/create HTTP/1.1}) from index {@code from} on */
    public synchronized List<String> requestsFrom(int from) {
        return new ArrayList<>(requests.subList(from, requests.size()));
    }

    private synchronized void record(String requestLine) {
        requests.add(requestLine);
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                SocketChannel engine = SocketChannel.open(upstream);
                Pair pair = new Pair(client, engine);
                RequestScanner scanner = new RequestScanner(this::record);
                threads.execute(() -> pair.pump(client, engine, scanner));
                threads.execute(() -> pair.pump(engine, client, null));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** The two channels of one proxied connection; closed when both directions have ended. */
    private static final class Pair {
        private final SocketChannel client;
        private final SocketChannel engine;
        private int open = 2;

        Pair(SocketChannel client, SocketChannel engine) {
            this.client = client;
            this.engine = engine;
        }

        void pump(SocketChannel from, SocketChannel to, RequestScanner scanner) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            try {
                while (from.read(buffer) >= 0) {
                    buffer.flip();
                    if (scanner != null) {
                        scanner.feed(buffer);
                    }
                    while (buffer.hasRemaining()) {
                        to.write(buffer);
                    }
                    buffer.clear();
                }
                to.shutdownOutput();
                ended(false);
            } catch (IOException | RuntimeException e) {
                ended(true);
            }
        }

        private synchronized void ended(boolean abort) {
            if (--open == 0 || abort) {
                try (client; engine) {
                    // both closed
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
        Files.deleteIfExists(socket);
    }
}
