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
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ProcessStream implements AutoCloseable {

    private static final int INLINE_STDIN_LIMIT = 64 * 1024;

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

    /**
     * Sends {@code input} as the process's whole stdin and ends it: without a TTY by half-closing the connection
     * (the process reads end of file); with a TTY by Ctrl-D (twice when the input does not end a line), since
     * the engine ends a TTY exec's whole stream when its stdin closes. Input over 64 KiB is written on a daemon
     * thread so the output can flow meanwhile. A process that exits before reading it all is not an error.
     *
     * @param input the bytes to send
     */
    public void sendStdin(byte[] input) {
        Runnable write = () -> {
            try {
                OutputStream in = stream.output();
                in.write(input);
                if (raw) {
                    if (input.length > 0 && input[input.length - 1] != '\n') {
                        in.write(4);
                    }
                    in.write(4);
                    in.flush();
                } else {
                    stream.closeOutput();
                }
            } catch (IOException | UncheckedIOException e) {
                // the process ended without reading all of it: its exit code and output tell the story
            }
        };
        if (input.length <= INLINE_STDIN_LIMIT) {
            write.run();
        } else {
            Thread thread = new Thread(write, "berth-exec-stdin");
            thread.setDaemon(true);
            thread.start();
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
