package dev.berth.docker;

import dev.berth.docker.internal.http.Duplex;
import dev.berth.docker.internal.stream.StreamDemultiplexer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;

/**
 * {@code ProcessStream} is a live connection to a process in a container (an attached exec, an attach, or an
 * attach over a websocket): write its stdin, read its output as it comes. Must be closed.
 *
 * <p>Output is multiplexed (stdout and stderr kept apart) unless the process has a TTY or the stream is a
 * websocket, where it is raw: one stream, all of it on {@code stdout}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ProcessStream implements AutoCloseable {

    private final Duplex stream;
    private final boolean raw;

    ProcessStream(Duplex stream, boolean raw) {
        this.stream = stream;
        this.raw = raw;
    }

    /** @return the process's stdin; see {@link #closeStdin()} */
    public OutputStream stdin() {
        return stream.output();
    }

    /**
     * Ends stdin: flushes and half-closes the connection (over a websocket: sends its close frame), so the
     * process reads end of file. With a TTY this does not deliver EOF; write Ctrl-D ({@code 0x04}) instead.
     */
    public void closeStdin() {
        try {
            stream.closeOutput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the output as it arrives: multiplexed frames, or the plain bytes when {@link #isRaw()} */
    public InputStream rawOutput() {
        return stream.input();
    }

    /** @return whether the output is raw (TTY or websocket) rather than multiplexed */
    public boolean isRaw() {
        return raw;
    }

    /**
     * Copies the output to its destinations until the process closes it; raw output all goes to {@code stdout}.
     *
     * @param stdout receives standard output
     * @param stderr receives standard error
     */
    public void copyOutput(OutputStream stdout, OutputStream stderr) {
        try {
            if (raw) {
                stream.input().transferTo(stdout);
            } else {
                new StreamDemultiplexer(stream.input()).demultiplex(stdout, stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads all output into memory: {@code [stdout, stderr]}. */
    public byte[][] readAll() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        copyOutput(out, err);
        return new byte[][] {out.toByteArray(), err.toByteArray()};
    }

    /** Closes the connection (the process itself is not ended by this). Idempotent. */
    @Override
    public void close() {
        stream.close();
    }
}
