package dev.berth.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An engine that reports pids of another machine: a TCP listener on 127.0.0.1 that forwards every connection to the
 * real engine's unix socket byte for byte (hijacked exec streams too, with half-closes passed on), except that in the
 * answers to {@code GET /exec/{id}/json} the {@code "Pid"} becomes the one this proxy was given. It stands for Docker
 * Desktop, Colima or a remote engine, whose pids name unrelated processes on the machine that runs the JVM.
 */
final class PidRewritingProxy implements AutoCloseable {

    private static final Pattern EXEC_INSPECT = Pattern.compile("^GET (/v[0-9.]+)?/exec/[^/ ?]+/json[ ?]");
    private static final Pattern PID = Pattern.compile("\"Pid\":\\s*(\\d+)");
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^Content-Length:\\s*(\\d+)\\r\\n");

    private final Path engine;
    private final long pid;
    private final ServerSocket server;
    private final Set<AutoCloseable> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong enginePid = new AtomicLong();

    PidRewritingProxy(Path engine, long pid) throws IOException {
        this.engine = engine;
        this.pid = pid;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "pid-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String host() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    /** @return the pid the engine reported in the last exec inspect answer this proxy rewrote, or 0 before any */
    long enginePid() {
        return enginePid.get();
    }

    private void accept() {
        try {
            while (true) {
                Socket client = server.accept();
                SocketChannel upstream = SocketChannel.open(UnixDomainSocketAddress.of(engine));
                open.add(client);
                open.add(upstream);
                AtomicBoolean inspecting = new AtomicBoolean();
                start(() -> requests(client, upstream, inspecting));
                start(() -> answers(upstream, client, inspecting));
            }
        } catch (IOException closed) {
            // closed
        }
    }

    private static void start(Runnable pipe) {
        Thread t = new Thread(pipe, "pid-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    /** Client to engine, unchanged; a request to inspect an exec marks the connection's next answer for rewriting. */
    private void requests(Socket client, SocketChannel upstream, AtomicBoolean inspecting) {
        try (InputStream in = client.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (EXEC_INSPECT.matcher(new String(buffer, 0, n, StandardCharsets.ISO_8859_1)).find()) {
                    inspecting.set(true);
                }
                write(upstream, buffer, n);
            }
            upstream.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(upstream);
        }
    }

    /** Engine to client, unchanged but for the pid in a marked answer (whose Content-Length is set anew). */
    private void answers(SocketChannel upstream, Socket client, AtomicBoolean inspecting) {
        try {
            OutputStream out = client.getOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            ByteArrayOutputStream pending = new ByteArrayOutputStream();
            while (upstream.read(buffer) >= 0) {
                buffer.flip();
                byte[] data = new byte[buffer.remaining()];
                buffer.get(data);
                buffer.clear();
                if (inspecting.get()) {
                    pending.writeBytes(data);
                    data = rewrittenWhenWhole(pending);
                    if (data == null) {
                        continue;
                    }
                    pending.reset();
                    inspecting.set(false);
                }
                out.write(data);
                out.flush();
            }
            client.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(upstream);
        }
    }

    /** @return the whole answer with the pid rewritten, or null while it has not all arrived */
    private byte[] rewrittenWhenWhole(ByteArrayOutputStream pending) {
        String answer = pending.toString(StandardCharsets.ISO_8859_1);
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return null;
        }
        String head = answer.substring(0, end + 2);
        Matcher length = CONTENT_LENGTH.matcher(head);
        if (!length.find()) {
            throw new IllegalStateException("the proxy rewrites answers with a Content-Length only, but got: " + head);
        }
        String body = answer.substring(end + 4);
        if (body.length() < Integer.parseInt(length.group(1))) {
            return null;
        }
        Matcher reported = PID.matcher(body);
        if (!reported.find()) {
            throw new IllegalStateException("no Pid in the exec inspect answer " + body);
        }
        enginePid.set(Long.parseLong(reported.group(1)));
        String rewritten = reported.replaceFirst("\"Pid\":" + pid);
        String newHead = length.replaceFirst("Content-Length: " + rewritten.length() + "\r\n");
        return (newHead + "\r\n" + rewritten).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void write(SocketChannel to, byte[] data, int n) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(data, 0, n);
        while (out.hasRemaining()) {
            to.write(out);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(PidRewritingProxy::closeQuietly);
    }
}
