package dev.berth.bench.raw;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A response read from the connection: status, headers and a body stream that already undoes the framing
 * (content-length, chunked, until-close, or the raw stream after {@code 101 UPGRADED}). Closing it closes the
 * connection.
 */
public final class HttpResponse implements Closeable {

    private final int status;
    private final Map<String, String> headers;
    private final InputStream body;
    private final Closeable connection;

    private HttpResponse(int status, Map<String, String> headers, InputStream body, Closeable connection) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.connection = connection;
    }

    static HttpResponse read(InputStream in, String method, Closeable connection) throws IOException {
        String statusLine = readLine(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new HashMap<>();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return new HttpResponse(status, headers, body(in, method, status, headers), connection);
    }

    private static InputStream body(InputStream in, String method, int status, Map<String, String> headers) {
        if (status == 101) {
            return in;
        }
        if (method.equals("HEAD") || status == 204 || status == 304 || status < 200) {
            return InputStream.nullInputStream();
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return new ChunkedInputStream(in);
        }
        String length = headers.get("content-length");
        return length != null ? new FixedLengthInputStream(in, Long.parseLong(length)) : in;
    }

    static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed in the middle of a line: " + line);
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    /** @return the status code */
    public int status() {
        return status;
    }

    /** @return a header's value, or null; names are case-insensitive */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** @return the body, unframed */
    public InputStream body() {
        return body;
    }

    /** Reads the whole body as UTF-8 and closes the response. */
    public String text() throws IOException {
        try (this) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            body.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * Checks the status; on any other, reads the engine's message and fails.
     *
     * @return this response, for chaining
     */
    public HttpResponse expect(int... accepted) throws IOException {
        for (int ok : accepted) {
            if (status == ok) {
                return this;
            }
        }
        throw new IOException("engine answered " + status + ": " + text().trim());
    }

    /** Reads and drops the rest of the body, then closes the response. */
    public void discard() throws IOException {
        try (this) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
