package dev.berth.docker.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apiguardian.api.API;

/**
 * A request body: either of known length (sent with {@code Content-Length}) or streamed ({@code chunked}).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public interface RequestBody {

    /** @return the length in bytes, or -1 to send the body chunked */
    long contentLength();

    /** @return the media type */
    String contentType();

    /**
     * Writes the body.
     *
     * @param out the connection's output (framing is the caller's)
     * @throws IOException on write failure
     */
    void writeTo(OutputStream out) throws IOException;

    /** @return whether the body can be written again (for a retry on a stale pooled connection) */
    default boolean isReplayable() {
        return false;
    }

    static RequestBody json(byte[] json) {
        return bytes(json, "application/json");
    }

    static RequestBody bytes(byte[] bytes, String contentType) {
        return new RequestBody() {
            @Override
            public long contentLength() {
                return bytes.length;
            }

            @Override
            public String contentType() {
                return contentType;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(bytes);
            }

            @Override
            public boolean isReplayable() {
                return true;
            }
        };
    }

    /** A body streamed from {@code in} with chunked transfer encoding; {@code in} is read to its end, not closed. */
    static RequestBody stream(InputStream in, String contentType) {
        return writer(in::transferTo, contentType);
    }

    /** A body produced by a writer, streamed chunked (e.g. a tar archive written on the fly). */
    static RequestBody writer(BodyWriter writer, String contentType) {
        return new RequestBody() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public String contentType() {
                return contentType;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                writer.writeTo(out);
            }
        };
    }

    /** Writes a body to a stream. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    @FunctionalInterface
    interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
