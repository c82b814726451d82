package dev.berth.docker.internal;

import dev.berth.docker.internal.transport.EngineEndpoint;
import dev.berth.docker.internal.transport.TlsFailures;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Says why a connection to the engine failed and what to do, for the message of an
 * {@link dev.berth.docker.EngineUnavailableException}: a socket file that is missing, is no socket, or may not be
 * opened; a TLS handshake that failed; an interrupted thread; otherwise, no engine listening.
 */
final class ConnectionDiagnosis {

    private static final String START_ONE = " Start an engine (e.g. `sudo systemctl start docker`, or start Docker"
            + " Desktop), or point DOCKER_HOST (or the docker context) at a running one.";

    private ConnectionDiagnosis() {
    }

    /** @return the explanation and remedy, starting with {@code ". "} */
    static String of(EngineEndpoint endpoint, IOException cause) {
        if (cause instanceof ClosedByInterruptException) {
            return ". The calling thread was interrupted, which closes its connection; the engine itself may be fine.";
        }
        SSLException tls = TlsFailures.find(cause);
        if (tls != null) {
            return ". The TLS handshake failed: " + TlsFailures.explain(tls, endpoint);
        }
        String host = endpoint.host();
        if (host.startsWith("unix://")) {
            Path socket = Path.of(host.substring("unix://".length()));
            String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(socket)) {
                return ". The socket file [" + socket + "] does not exist: no engine is running there." + START_ONE;
            }
            if (text.contains("permission denied") || text.contains("access denied")) {
                return ". This process (user " + System.getProperty("user.name") + ") may not open [" + socket + "]:"
                        + " add the user to the socket's group (usually `sudo usermod -aG docker $USER`, then log in again),"
                        + " or use rootless Docker or Podman's user socket.";
            }
            if (!isSocket(socket)) {
                return ". [" + socket + "] exists but is not a socket: point DOCKER_HOST at the engine's socket, e.g."
                        + " unix:///var/run/docker.sock.";
            }
            return ". Nothing accepts connections on [" + socket + "]: the engine that made it has stopped." + START_ONE;
        }
        return "." + START_ONE;
    }

    private static boolean isSocket(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).isOther();
        } catch (IOException e) {
            return true; // cannot tell: do not claim it is no socket
        }
    }
}
