package dev.berth.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A TLS endpoint for an engine, as a remote Docker host with {@code --tlsverify} is: {@code stunnel4} on 127.0.0.1
 * in front of the engine's unix socket, verifying client certificates against its CA ({@code verifyChain},
 * {@code requireCert}). Every certificate is made here by {@code openssl}: a CA, the server's certificate for IP
 * 127.0.0.1, a client certificate, and a foreign CA with its own client certificate. Each folder below holds
 * what {@code DOCKER_CERT_PATH} holds ({@code ca.pem}, {@code cert.pem}, {@code key.pem}):
 * <ul>
 *   <li>{@link #clientCerts()}: the right ones;</li>
 *   <li>{@link #foreignClientCerts()}: a client certificate from the foreign CA;</li>
 *   <li>{@link #noClientCert()}: only {@code ca.pem};</li>
 *   <li>{@link #wrongCaCerts()}: the right client certificate, but the foreign CA as {@code ca.pem}.</li>
 * </ul>
 * Must be closed: closing stops stunnel.
 */
final class TlsProxy implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final Process process;

    private TlsProxy(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /**
     * Makes the certificates in {@code dir} and starts stunnel in front of {@code engineSocket}.
     *
     * @param dir an empty folder, removed by the caller
     * @param engineSocket e.g. {@code /var/run/docker.sock}
     * @return the running proxy
     */
    static TlsProxy start(Path dir, Path engineSocket) {
        return start(dir, engineSocket, null);
    }

    /**
     * Makes the certificates in {@code dir} and starts stunnel in front of {@code engineSocket}, speaking at most
     * {@code maxVersion} of TLS.
     *
     * @param maxVersion e.g. {@code TLSv1.2}, or {@code null} for stunnel's newest (TLS 1.3)
     */
    static TlsProxy start(Path dir, Path engineSocket, String maxVersion) {
        Path stunnel = Peers.requireCommand("stunnel4", "stunnel4");
        Peers.requireCommand("openssl", "openssl");
        try {
            Path pki = Files.createDirectories(dir.resolve("pki"));
            ca(pki, "ca", "Berth test CA");
            ca(pki, "foreign-ca", "Someone else's CA");
            Peers.run(pki, "openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", "server-key.pem", "-out", "server.csr", "-subj", "/CN=127.0.0.1");
            Files.writeString(pki.resolve("server.ext"),
                    "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature\n");
            sign(pki, "server", "ca", "server.ext");
            // the client key as `openssl genrsa` wrote it before OpenSSL 3 and as older docker docs make it: PKCS#1
            Peers.run(pki, "openssl", "genrsa", "-traditional", "-out", "client-key.pem", "2048");
            Peers.run(pki, "openssl", "req", "-new", "-key", "client-key.pem", "-out", "client.csr", "-subj", "/CN=berth-client");
            Files.writeString(pki.resolve("client.ext"), "extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n");
            sign(pki, "client", "ca", "client.ext");
            Peers.run(pki, "openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", "foreign-client-key.pem", "-out", "foreign-client.csr", "-subj", "/CN=intruder");
            sign(pki, "foreign-client", "foreign-ca", "client.ext");

            certFolder(dir.resolve("client"), pki, "ca.pem", "client-cert.pem", "client-key.pem");
            certFolder(dir.resolve("foreign-client"), pki, "ca.pem", "foreign-client-cert.pem", "foreign-client-key.pem");
            certFolder(dir.resolve("no-client-cert"), pki, "ca.pem", null, null);
            certFolder(dir.resolve("wrong-ca"), pki, "foreign-ca.pem", "client-cert.pem", "client-key.pem");

            int port = Peers.freePort();
            Path conf = dir.resolve("stunnel.conf");
            Files.writeString(conf, String.join("\n", List.of(
                    "foreground = yes",
                    "pid =",
                    "debug = 6",
                    "[docker]",
                    "accept = 127.0.0.1:" + port,
                    "connect = " + engineSocket,
                    "cert = " + pki.resolve("server-cert.pem"),
                    "key = " + pki.resolve("server-key.pem"),
                    "CAfile = " + pki.resolve("ca.pem"),
                    "verifyChain = yes",
                    "requireCert = yes",
                    maxVersion == null ? "" : "sslVersionMax = " + maxVersion,
                    "")));
            Path log = dir.resolve("stunnel.log");
            Process process = new ProcessBuilder(stunnel.toString(), conf.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Peers.awaitPort(process, port, Duration.ofSeconds(10), "stunnel4 (" + conf + ")", log);
            return new TlsProxy(dir, port, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ca(Path pki, String name, String commonName) {
        Peers.run(pki, "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", name + "-key.pem", "-out", name + ".pem", "-days", "2", "-subj", "/CN=" + commonName,
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    }

    private static void sign(Path pki, String name, String ca, String extensions) {
        Peers.run(pki, "openssl", "x509", "-req", "-in", name + ".csr", "-CA", ca + ".pem", "-CAkey", ca + "-key.pem",
                "-CAcreateserial", "-days", "2", "-out", name + "-cert.pem", "-extfile", extensions);
    }

    private static void certFolder(Path folder, Path pki, String ca, String cert, String key) throws IOException {
        Files.createDirectories(folder);
        Files.copy(pki.resolve(ca), folder.resolve("ca.pem"));
        if (cert != null) {
            Files.copy(pki.resolve(cert), folder.resolve("cert.pem"));
            Files.copy(pki.resolve(key), folder.resolve("key.pem"));
        }
    }

    /** @return {@code tcp://127.0.0.1:PORT}, as {@code DOCKER_HOST} takes it */
    String host() {
        return "tcp://127.0.0.1:" + port;
    }

    /** @return how Berth describes this endpoint in messages, {@code tcp+tls://127.0.0.1:PORT} */
    String describe() {
        return "tcp+tls://127.0.0.1:" + port;
    }

    Path clientCerts() {
        return dir.resolve("client");
    }

    Path foreignClientCerts() {
        return dir.resolve("foreign-client");
    }

    Path noClientCert() {
        return dir.resolve("no-client-cert");
    }

    Path wrongCaCerts() {
        return dir.resolve("wrong-ca");
    }

    /** @return stunnel's log so far, for failure messages */
    String log() {
        return Peers.tail(dir.resolve("stunnel.log"));
    }

    @Override
    public void close() {
        Peers.stop(process);
    }
}
