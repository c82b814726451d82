package dev.berth.docker.internal.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.apiguardian.api.API;

/**
 * One connection to the engine with buffered streams; pooled while idle.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class HttpConnection implements AutoCloseable {

    static final int BUFFER_SIZE = 64 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private int uses;

    HttpConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream(), BUFFER_SIZE);
        this.out = new BufferedOutputStream(socket.getOutputStream(), BUFFER_SIZE);
    }

    Socket socket() {
        return socket;
    }

    InputStream in() {
        return in;
    }

    OutputStream out() {
        return out;
    }

    /** @return whether this connection served a request before (so a failure may mean it went stale) */
    boolean isReused() {
        return uses > 0;
    }

    void markUsed() {
        uses++;
    }

    /** Half-closes: the peer sees end of stream on what we send, we can still read. */
    void shutdownOutput() throws IOException {
        out.flush();
        socket.shutdownOutput();
    }

    /**
     * After sending failed on a TLS connection, reads the peer's reason when it is a TLS alert: a TLS 1.3 server
     * checks the client certificate after the client's side of the handshake is done, so its refusal arrives as
     * an alert the client only sees when it reads, while the write already fails with a broken pipe.
     *
     * @return the alert as the JDK reports it, or {@code null} when there is none (or this is not TLS)
     */
    IOException pendingTlsAlert() {
        if (!(socket instanceof SSLSocket)) {
            return null;
        }
        try {
            socket.setSoTimeout(1000);
            in.read();
        } catch (SSLException alert) {
            return alert;
        } catch (IOException | RuntimeException none) {
            // closed without an alert: the original failure stands
        }
        return null;
    }

    boolean isOpen() {
        return !socket.isClosed() && !socket.isInputShutdown();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing: nothing more to do
        }
    }
}
