package dev.berth.docker.internal.transport;

import java.io.IOException;
import java.net.Socket;
import org.apiguardian.api.API;

/**
 * Opens byte connections to one Docker engine: a unix socket, TCP, or TCP with TLS.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public interface Transport {

    /**
     * Opens a new connection.
     *
     * @return a connected socket; the caller owns it
     * @throws IOException when the engine cannot be reached
     */
    Socket connect() throws IOException;

    /** @return where this transport connects, for messages, e.g. {@code unix:///var/run/docker.sock} */
    String describe();

    /** @return the value for the HTTP {@code Host} header */
    default String hostHeader() {
        return "docker";
    }
}
