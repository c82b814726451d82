package dev.berth.docker.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apiguardian.api.API;

/**
 * A bidirectional byte stream to a process in a container: a hijacked HTTP connection or a websocket.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public interface Duplex extends AutoCloseable {

    /** @return what the process writes */
    InputStream input();

    /** @return the process's stdin */
    OutputStream output();

    /** Ends what we send, so the process reads end of file on stdin; its output still flows. */
    void closeOutput() throws IOException;

    /** Closes the connection. Idempotent. */
    @Override
    void close();
}
