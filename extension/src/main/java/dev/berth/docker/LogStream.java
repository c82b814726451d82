package dev.berth.docker;

import dev.berth.LogLine;
import dev.berth.docker.internal.http.HttpResponse;
import dev.berth.docker.internal.stream.StreamDemultiplexer;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * {@code LogStream} is a container's log output as the engine streams it: multiplexed (stdout and stderr kept
 * apart) or raw for a container with a TTY, told apart by the stream itself. Must be closed; closing a followed
 * stream from another thread stops it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class LogStream implements AutoCloseable {

    private final HttpResponse response;
    private final BufferedInputStream in;

    LogStream(HttpResponse response) {
        this.response = response;
        this.in = new BufferedInputStream(response.body(), 64 * 1024);
    }

    /**
     * Copies the output until the stream ends (for a followed stream: until the container stops or this is closed).
     *
     * @param stdout receives standard output (and all output of a TTY container)
     * @param stderr receives standard error
     */
    public void copyTo(OutputStream stdout, OutputStream stderr) {
        try {
            if (isMultiplexed()) {
                new StreamDemultiplexer(in).demultiplex(stdout, stderr);
            } else {
                in.transferTo(stdout);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads all output, both streams in arrival order, as UTF-8.
     *
     * @return the text
     */
    public String readAll() {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        copyTo(both, both);
        return both.toString(StandardCharsets.UTF_8);
    }

    /**
     * Hands each complete line to {@code consumer}, with its stream, until the stream ends. A last line without
     * a terminator is handed out at the end.
     *
     * @param consumer receives the lines
     */
    public void forEachLine(Consumer<LogLine> consumer) {
        LineSplitter out = new LineSplitter(LogLine.Stream.STDOUT, consumer);
        LineSplitter err = new LineSplitter(LogLine.Stream.STDERR, consumer);
        try {
            copyTo(out, err);
        } finally {
            out.flushLine();
            err.flushLine();
        }
    }

    private boolean isMultiplexed() throws IOException {
        in.mark(8);
        byte[] header = in.readNBytes(8);
        in.reset();
        return header.length == 8 && header[0] <= 2 && header[0] >= 0 && header[1] == 0 && header[2] == 0 && header[3] == 0;
    }

    /** Stops the stream and closes its connection. Idempotent. */
    @Override
    public void close() {
        response.abort();
    }

    /** Splits bytes into lines for one stream. */
    private static final class LineSplitter extends OutputStream {
        private final LogLine.Stream stream;
        private final Consumer<LogLine> consumer;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineSplitter(LogLine.Stream stream, Consumer<LogLine> consumer) {
            this.stream = stream;
            this.consumer = consumer;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                emit();
            } else {
                line.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    line.write(b, start, i - start);
                    emit();
                    start = i + 1;
                }
            }
            line.write(b, start, off + len - start);
        }

        void flushLine() {
            if (line.size() > 0) {
                emit();
            }
        }

        private void emit() {
            String text = line.toString(StandardCharsets.UTF_8);
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            line.reset();
            consumer.accept(new LogLine(stream, text));
        }
    }

    /** @return the stream's raw bytes, for callers that parse it themselves */
    public InputStream raw() {
        return in;
    }
}
