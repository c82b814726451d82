package dev.berth.docker.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Writes HTTP/1.1 request heads and reads response heads; the body framing is chosen by {@link #bodyOf}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Http1Codec {

    private static final int MAX_LINE = 64 * 1024;

    private Http1Codec() {
    }

    /** The status line and headers of a response. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public record ResponseHead(int status, String reason, Map<String, String> headers) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    /**
     * Writes the request line and headers (not the body, not flushed).
     */
    public static void writeHead(OutputStream out, HttpRequest request, String host) throws IOException {
        StringBuilder head = new StringBuilder(256);
        head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(host).append("\r\n");
        head.append("User-Agent: berth\r\n");
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        RequestBody body = request.body();
        if (body != null) {
            head.append("Content-Type: ").append(body.contentType()).append("\r\n");
            if (body.contentLength() >= 0) {
                head.append("Content-Length: ").append(body.contentLength()).append("\r\n");
            } else {
                head.append("Transfer-Encoding: chunked\r\n");
            }
        } else if (request.method().equals("POST") || request.method().equals("PUT")) {
            head.append("Content-Length: 0\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Reads the status line and headers.
     *
     * @return the head
     * @throws EOFException when the connection closed before a status line (a stale pooled connection)
     */
    public static ResponseHead readHead(InputStream in) throws IOException {
        String statusLine = readLine(in);
        if (statusLine == null) {
            throw new EOFException("the engine closed the connection before answering");
        }
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("malformed HTTP status line [" + statusLine + "]");
        }
        int firstSpace = statusLine.indexOf(' ');
        int secondSpace = statusLine.indexOf(' ', firstSpace + 1);
        int status;
        try {
            status = Integer.parseInt(secondSpace < 0 ? statusLine.substring(firstSpace + 1) : statusLine.substring(firstSpace + 1, secondSpace));
        } catch (RuntimeException e) {
            throw new IOException("malformed HTTP status line [" + statusLine + "]");
        }
        String reason = secondSpace < 0 ? "" : statusLine.substring(secondSpace + 1);
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String line;
        while ((line = readLine(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                headers.merge(name, value, (a, b) -> a + ", " + b);
            }
        }
        if (line == null) {
            throw new EOFException("the engine closed the connection inside the response headers");
        }
        return new ResponseHead(status, reason, headers);
    }

    /** How a response body is delimited. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public enum Framing { NONE, CONTENT_LENGTH, CHUNKED, UNTIL_CLOSE }

    /**
     * Decides the body framing (RFC 9112 §6.3).
     */
    public static Framing framingOf(String method, ResponseHead head) {
        int status = head.status();
        if (method.equals("HEAD") || status == 204 || status == 304 || (status >= 100 && status < 200)) {
            return Framing.NONE;
        }
        String transferEncoding = head.header("Transfer-Encoding");
        if (transferEncoding != null && transferEncoding.toLowerCase().contains("chunked")) {
            return Framing.CHUNKED;
        }
        String length = head.header("Content-Length");
        if (length != null) {
            return Long.parseLong(length.trim()) == 0 ? Framing.NONE : Framing.CONTENT_LENGTH;
        }
        return Framing.UNTIL_CLOSE;
    }

    /**
     * Wraps the connection's input in the stream that delimits the body.
     */
    public static InputStream bodyOf(Framing framing, ResponseHead head, InputStream in) {
        switch (framing) {
            case NONE:
                return InputStream.nullInputStream();
            case CHUNKED:
                return new ChunkedInputStream(in);
            case CONTENT_LENGTH:
                return new ContentLengthInputStream(in, Long.parseLong(head.header("Content-Length").trim()));
            default:
                return in;
        }
    }

    /**
     * Reads one CRLF- (or LF-) terminated line in ISO-8859-1.
     *
     * @return the line without its terminator, or {@code null} at end of stream before any byte
     */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int size = line.size();
                byte[] bytes = line.toByteArray();
                int end = size > 0 && bytes[size - 1] == '\r' ? size - 1 : size;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            if (line.size() > MAX_LINE) {
                throw new IOException("HTTP line longer than " + MAX_LINE + " bytes");
            }
        }
        if (line.size() == 0) {
            return null;
        }
        throw new EOFException("connection closed inside a line");
    }
}
