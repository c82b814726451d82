package dev.berth.docker;

import dev.berth.docker.internal.http.HijackedStream;
import dev.berth.docker.internal.stream.StreamDemultiplexer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;

/**
 * {@code ProcessStream} is a live connection to a process in a container (an attached exec, or an attach): write
 * its stdin, read its output as it comes. Must be closed.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ProcessStream implements AutoCloseable {

    private final HijackedStream stream;
    private final boolean tty;

    ProcessStream(HijackedStream stream, boolean tty) {
        this.stream = stream;
        this.tty = tty;
    }

    /** @return the process's stdin; see {@link #closeStdin()} */
    public OutputStream stdin() {
        return stream.output();
    }

    /**
     * Ends stdin: flushes and half-closes the connection, so the process reads end of file. With a TTY this
     * does not deliver EOF; write Ctrl-D ({@code 0x04}) instead.
     */
    public void closeStdin() {
        try {
            stream.closeOutput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the raw output: multiplexed frames, or the plain bytes with a TTY */
    public InputStream rawOutput() {
        return stream.input();
    }

    /** @return whether the output is raw (TTY) rather than multiplexed */
    public boolean isTty() {
        return tty;
    }

    /**
     * Copies the output to its destinations until the process closes it; with a TTY all goes to {@code stdout}.
     *
     * @param stdout receives standard output
     * @param stderr receives standard error
     */
    public void copyOutput(OutputStream stdout, OutputStream stderr) {
        try {
            if (tty) {
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
