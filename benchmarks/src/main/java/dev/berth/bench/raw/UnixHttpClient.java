package dev.berth.bench.raw;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 to the Docker engine over a unix socket, with nothing but the JDK: one new connection per call, closed
 * after it, no pooling, no keep-alive. It counts the calls it makes, so the benchmark can tell how many requests a
 * raw scenario needs.
 */
public final class UnixHttpClient {

    private static final int BUFFER = 64 * 1024;

    private final UnixDomainSocketAddress address;
    private final AtomicLong calls = new AtomicLong();

    /** @param socket the engine's unix socket, e.g. {@code /var/run/docker.sock} */
    public UnixHttpClient(Path socket) {
        this.address = UnixDomainSocketAddress.of(socket);
    }

    /** @return how many HTTP requests this client has sent */
    public long calls() {
        return calls.get();
    }

    /** @return the socket this client talks to */
    public Path socket() {
        return address.getPath();
    }

    /** Sends a request without a body. */
    public HttpResponse send(String method, String target) throws IOException {
        return exchange(method, target, null, false);
    }

    /** Sends a request with a body. */
    public HttpResponse send(String method, String target, RequestBody body) throws IOException {
        return exchange(method, target, body, false);
    }

    /**
     * Sends a request asking the engine to hijack the connection ({@code Upgrade: tcp}); the response's body is then
     * the raw stream until the engine closes it.
     */
    public HttpResponse upgrade(String method, String target, RequestBody body) throws IOException {
        return exchange(method, target, body, true);
    }

    private HttpResponse exchange(String method, String target, RequestBody body, boolean upgrade) throws IOException {
        calls.incrementAndGet();
        SocketChannel channel = SocketChannel.open(address);
        try {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
            out.write(head(method, target, body, upgrade).getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                body.writer().writeTo(out);
            }
            out.flush();
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), BUFFER);
            return HttpResponse.read(in, method, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static String head(String method, String target, RequestBody body, boolean upgrade) {
        StringBuilder head = new StringBuilder(256)
                .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: docker\r\n")
                .append(upgrade ? "Connection: Upgrade\r\nUpgrade: tcp\r\n" : "Connection: close\r\n");
        if (body != null) {
            head.append("Content-Type: ").append(body.contentType()).append("\r\n")
                    .append("Content-Length: ").append(body.length()).append("\r\n");
        } else if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("DELETE")) {
            head.append("Content-Length: 0\r\n");
        }
        return head.append("\r\n").toString();
    }
}
