package dev.berth.internal.reaper;

import dev.berth.docker.internal.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One-shot HTTP/1.0 requests to the engine with the JDK only (JDK unix sockets, plain or TLS TCP), for the
 * watchdog and the shutdown hook, which must not depend on the client's connection pool or third-party jars.
 * HTTP/1.0 keeps the engine from chunking and makes it close the connection after each response.
 */
final class SweepRequests {

    private final WatchdogTarget address;

    SweepRequests(WatchdogTarget address) {
        this.address = address;
    }

    /** A response: status and body. */
    record Response(int status, String body) {
        /** @return the {@code Id}s of a list answer (a JSON array of objects) */
        List<String> ids() throws IOException {
            List<String> ids = new ArrayList<>();
            try {
                if (JsonReader.parse(body) instanceof List<?> items) {
                    for (Object item : items) {
                        if (item instanceof Map<?, ?> object && object.get("Id") instanceof String id) {
                            ids.add(id);
                        }
                    }
                    return ids;
                }
            } catch (IllegalArgumentException e) {
                throw new IOException("the engine answered a list request (status " + status + ") with " + e.getMessage(), e);
            }
            throw new IOException("the engine answered a list request (status " + status + ") with no list: " + body);
        }
    }

    Response send(String method, String pathAndQuery, String jsonBody) throws IOException {
        try (Connection connection = connect()) {
            byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + pathAndQuery + " HTTP/1.0\r\nHost: docker\r\nUser-Agent: berth-reaper\r\n"
                    + (jsonBody == null ? "" : "Content-Type: application/json\r\n")
                    + "Content-Length: " + body.length + "\r\n\r\n";
            OutputStream out = connection.out();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parse(connection.in().readAllBytes());
        }
    }

    private static Response parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            throw new IOException("the engine sent no HTTP response");
        }
        String[] statusLine = text.substring(0, text.indexOf("\r\n")).split(" ");
        return new Response(Integer.parseInt(statusLine[1]), text.substring(end + 4));
    }

    private Connection connect() throws IOException {
        if (address.host().startsWith("unix://")) {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(Path.of(address.host().substring("unix://".length()))));
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return new Connection(Channels.newInputStream(channel), Channels.newOutputStream(channel), channel);
        }
        Socket socket = address.endpoint().transport().connect();
        socket.setSoTimeout(15_000);
        return new Connection(socket.getInputStream(), socket.getOutputStream(), socket);
    }

    private record Connection(InputStream in, OutputStream out, AutoCloseable resource) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                resource.close();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    static String labelFilter(String label) {
        String json = "{\"label\":[\"" + label + "\"]}";
        return URLEncoder.encode(json, StandardCharsets.UTF_8);
    }
}
