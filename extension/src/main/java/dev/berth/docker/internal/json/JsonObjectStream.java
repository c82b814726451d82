package dev.berth.docker.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Reads concatenated JSON objects (or arrays) from a stream as they arrive: the engine's progress and event streams,
 * whose objects may be separated by whitespace or nothing, and split across reads anywhere. Each value is handed
 * out as soon as its last byte has come, never waiting for more (an event stream is quiet between events), and
 * read by {@link JsonReader}. Scanning the UTF-8 bytes for brackets and quotes is safe: no byte of a multi-byte
 * character is ASCII.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class JsonObjectStream implements AutoCloseable {

    private final InputStream in;
    private byte[] buffer = new byte[8192];
    private int start;
    private int end;

    private JsonObjectStream(InputStream in) {
        this.in = in;
    }

    /** @return a reader of the values in {@code in}, which it closes when closed */
    public static JsonObjectStream of(InputStream in) {
        return new JsonObjectStream(in);
    }

    /**
     * Blocks until the next value has come whole.
     *
     * @return the next value ({@link JsonReader}'s tree), or {@code null} when the stream ends between values
     * @throws IOException when reading fails, the stream ends inside a value or a value is not well-formed JSON
     */
    public Object next() throws IOException {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        int pos = start;
        while (true) {
            if (pos == end) {
                int scanned = pos - start;
                if (!fill()) {
                    if (depth == 0 && !inString) {
                        return null;
                    }
                    throw new IOException("the stream ended inside a JSON value: "
                            + new String(buffer, start, Math.min(end - start, 80), StandardCharsets.UTF_8));
                }
                pos = start + scanned;
            }
            byte b = buffer[pos++];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
                if (depth == 0) {
                    String text = new String(buffer, start, pos - start, StandardCharsets.UTF_8);
                    start = pos;
                    try {
                        return JsonReader.parse(text);
                    } catch (IllegalArgumentException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                }
            } else if (b == '"') {
                inString = true;
            } else if (depth == 0) {
                if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                    start = pos;
                } else {
                    throw new IOException("expected a JSON object in the stream, found '" + (char) b + "'");
                }
            }
        }
    }

    /** Reads more, keeping the unread bytes from {@code start}; @return false at the end of the stream */
    private boolean fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            return false;
        }
        end += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
