package dev.berth.internal.container;

import dev.berth.docker.ProcessStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes an exec's stdin and ends it: half-close without a TTY; Ctrl-D with one, since closing a TTY's input
 * does not deliver end of file. Large inputs are written on a thread so the output can flow meanwhile.
 */
final class StdinFeeder {

    private static final int INLINE_LIMIT = 64 * 1024;

    private StdinFeeder() {
    }

    static void feed(ProcessStream stream, byte[] stdin, boolean tty) {
        Runnable write = () -> {
            try {
                OutputStream in = stream.stdin();
                in.write(stdin);
                if (tty) {
                    // Ctrl-D ends a line-less read; a second one then delivers end of file
                    if (stdin.length > 0 && stdin[stdin.length - 1] != '\n') {
                        in.write(4);
                    }
                    in.write(4);
                    // no half-close: the engine ends a TTY exec's whole stream when its stdin closes
                    in.flush();
                } else {
                    stream.closeStdin();
                }
            } catch (IOException | UncheckedIOException e) {
                // the process ended without reading all of it: its exit code and output tell the story
            }
        };
        if (stdin.length <= INLINE_LIMIT) {
            write.run();
        } else {
            Thread thread = new Thread(write, "berth-exec-stdin");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
