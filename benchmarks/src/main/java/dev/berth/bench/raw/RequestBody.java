package dev.berth.bench.raw;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A request body of known length, written straight to the connection.
 *
 * @param contentType its media type
 * @param length its exact length in bytes (sent as {@code Content-Length})
 * @param writer writes exactly {@code length} bytes
 */
public record RequestBody(String contentType, long length, Writer writer) {

    /** Writes a body to the connection. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** @return a JSON body */
    public static RequestBody json(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new RequestBody("application/json", bytes.length, out -> out.write(bytes));
    }
}
