package dev.berth.docker.internal.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.apiguardian.api.API;

/**
 * Connects to an engine over TCP, with TLS when an {@link SSLSocketFactory} is given.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TcpTransport implements Transport {

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final String host;
    private final int port;
    private final SSLSocketFactory tls;
    private final boolean verifyHostname;

    public TcpTransport(String host, int port, SSLSocketFactory tls, boolean verifyHostname) {
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.verifyHostname = verifyHostname;
    }

    @Override
    public Socket connect() throws IOException {
        Socket plain = new Socket();
        try {
            plain.setTcpNoDelay(true);
            plain.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            if (tls == null) {
                return plain;
            }
            SSLSocket socket = (SSLSocket) tls.createSocket(plain, host, port, true);
            if (verifyHostname) {
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
            }
            socket.startHandshake();
            return socket;
        } catch (IOException e) {
            plain.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return (tls == null ? "tcp://" : "tcp+tls://") + host + ":" + port;
    }

    @Override
    public String hostHeader() {
        return host + ":" + port;
    }
}
