package dev.berth.docker.internal.http;

import dev.berth.docker.internal.transport.TcpTransport;
import dev.berth.docker.internal.transport.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted HTTP peer on a local port, standing in for the engine in codec tests: each accepted connection is
 * handed to the script on its own thread. Failures inside the script are kept for the test to check.
 */
final class LocalPeer implements AutoCloseable {

    /** What the peer does with one connection. */
    @FunctionalInterface
    interface Script {
        void run(Socket socket) throws Exception;
    }

    private final ServerSocket server;
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    LocalPeer(Script script) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    accepted.incrementAndGet();
                    Thread t = new Thread(() -> {
                        try (socket) {
                            script.run(socket);
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }, "local-peer-connection");
                    t.setDaemon(true);
                    threads.add(t);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "local-peer");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    Transport transport() {
        return new TcpTransport("127.0.0.1", server.getLocalPort(), null, false);
    }

    Http1Client client() {
        return new Http1Client(new ConnectionPool(transport(), 4));
    }

    int accepted() {
        return accepted.get();
    }

    /** Waits for the scripts to end and returns what failed in them. */
    List<Throwable> failures() throws InterruptedException {
        for (Thread t : threads) {
            t.join(5_000);
        }
        return new ArrayList<>(failures);
    }

    /** Reads a request head: the request line and header lines, up to the empty line. */
    static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = Http1Codec.readLine(in)) != null && !line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    static void write(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
