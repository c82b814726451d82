package dev.berth.docker.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Connects to the engine's unix domain socket with the JDK's own channels (Java 16+): no native library to
 * extract and load, so a cold JVM reaches the engine sooner; blocking reads are interruptible (an interrupted
 * thread closes the connection and returns). The default unix transport; {@link UnixSocketTransport}
 * (junixsocket) remains selectable with {@code -Dberth.docker.unixTransport=junixsocket}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class JdkUnixSocketTransport implements Transport {

    private final Path socketPath;

    public JdkUnixSocketTransport(Path socketPath) {
        this.socketPath = socketPath;
    }

    @Override
    public Socket connect() throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socketPath));
            return new ChannelSocket(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return "unix://" + socketPath;
    }

    /**
     * Presents a connected channel as a {@link Socket} for the HTTP stack: streams that read and write the
     * channel directly (reads and writes may run on different threads at once), half-close, close.
     */
    static final class ChannelSocket extends Socket {
        private final SocketChannel channel;
        private final InputStream in;
        private final OutputStream out;

        ChannelSocket(SocketChannel channel) {
            this.channel = channel;
            this.in = new InputStream() {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    int n = read(one, 0, 1);
                    return n < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (len == 0) {
                        return 0;
                    }
                    int n;
                    do {
                        n = channel.read(ByteBuffer.wrap(b, off, len));
                    } while (n == 0);
                    return n;
                }
            };
            this.out = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                }
            };
        }

        @Override
        public InputStream getInputStream() {
            return in;
        }

        @Override
        public OutputStream getOutputStream() {
            return out;
        }

        @Override
        public void shutdownOutput() throws IOException {
            channel.shutdownOutput();
        }

        @Override
        public boolean isClosed() {
            return !channel.isOpen();
        }

        @Override
        public boolean isInputShutdown() {
            return !channel.isOpen();
        }

        @Override
        public boolean isConnected() {
            return channel.isConnected();
        }

        @Override
        public synchronized void close() throws IOException {
            channel.close();
        }

        @Override
        public String toString() {
            return "ChannelSocket[" + channel + "]";
        }
    }
}
