package dev.berth.docker.internal.transport;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/**
 * Connects to the engine's unix domain socket through junixsocket, whose sockets support half-close.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class UnixSocketTransport implements Transport {

    private final Path socketPath;

    public UnixSocketTransport(Path socketPath) {
        this.socketPath = socketPath;
    }

    @Override
    public Socket connect() throws IOException {
        AFUNIXSocket socket = AFUNIXSocket.newInstance();
        try {
            socket.connect(AFUNIXSocketAddress.of(socketPath));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return "unix://" + socketPath;
    }
}
