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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * {@code LogStream} is a container's log output as the engine streams it: multiplexed (stdout and stderr kept
 * apart) or raw for a container with a TTY, told apart by the stream itself. Must be closed; closing a followed
 * stream from another thread stops it.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class LogStream implements AutoCloseable {

    private final HttpResponse response;
    private final BufferedInputStream in;
    private final Deque<LogLine> pending = new ArrayDeque<>();
    private final LineSplitter pendingOut = new LineSplitter(LogLine.Stream.STDOUT, pending::add);
    private final LineSplitter pendingErr = new LineSplitter(LogLine.Stream.STDERR, pending::add);
    private StreamDemultiplexer demultiplexer;
    private Boolean multiplexed;
    private boolean ended;

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

    /**
     * Blocks until the next complete line arrives (for a followed stream: while the container runs), so a caller
     * can wait for a line and then stop reading. Do not mix with {@link #copyTo}, {@link #readAll} or
     * {@link #forEachLine} on the same stream.
     *
     * @return the line, or empty when the stream has ended (a last line without a terminator comes first)
     */
    public Optional<LogLine> nextLine() {
        try {
            while (pending.isEmpty() && !ended) {
                readSome();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(pending.poll());
    }

    /**
     * Blocks until a line matches, skipping the others.
     *
     * @param condition what to wait for
     * @return the first matching line, or empty when the stream ended first
     */
    public Optional<LogLine> awaitLine(Predicate<LogLine> condition) {
        Optional<LogLine> line;
        do {
            line = nextLine();
        } while (line.isPresent() && !condition.test(line.get()));
        return line;
    }

    private void readSome() throws IOException {
        if (multiplexed == null) {
            multiplexed = isMultiplexed();
            demultiplexer = new StreamDemultiplexer(in);
        }
        if (multiplexed) {
            StreamDemultiplexer.FrameHeader frame = demultiplexer.nextHeader();
            if (frame == null) {
                end();
                return;
            }
            byte[] payload = demultiplexer.readPayload(frame.size());
            if (frame.stream() == StreamDemultiplexer.SYSTEM) {
                throw new IOException("engine error in stream: " + new String(payload, StandardCharsets.UTF_8).trim());
            }
            (frame.stream() == StreamDemultiplexer.STDERR ? pendingErr : pendingOut).write(payload, 0, payload.length);
        } else {
            byte[] buffer = new byte[8192];
            int n = in.read(buffer);
            if (n < 0) {
                end();
                return;
            }
            pendingOut.write(buffer, 0, n);
        }
    }

    private void end() {
        ended = true;
        pendingOut.flushLine();
        pendingErr.flushLine();
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
