package dev.berth.docker.internal.transport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.apiguardian.api.API;

/**
 * Says in words why a TLS connection to an engine failed, from the JDK's {@link SSLException}: the engine wanted a
 * client certificate and got none, refused the one it got, or presented one that {@code ca.pem} does not vouch for
 * or that does not name the host. Each sentence ends with what to do.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TlsFailures {

    private TlsFailures() {
    }

    /** @return the TLS failure in {@code failure}'s cause chain, or {@code null} when it is not about TLS */
    public static SSLException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLException ssl) {
                return ssl;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed instanceof SSLException ssl) {
                    return ssl;
                }
            }
        }
        return null;
    }

    /**
     * Explains a TLS failure with an endpoint.
     *
     * @param failure what the JDK reported
     * @param endpoint the engine and its certificate folder
     * @return what went wrong and how to fix it, e.g. "the engine requires a client certificate, and ..."; the
     *         failure itself is not repeated
     */
    public static String explain(SSLException failure, EngineEndpoint endpoint) {
        Path dir = endpoint.certPath() != null ? endpoint.certPath() : Path.of(System.getProperty("user.home"), ".docker");
        String text = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("certificate_required") && Files.exists(dir.resolve("cert.pem"))) {
            // the JDK presents a client certificate only when its issuer is among the CAs the engine asks for
            return "the engine requires a client certificate signed by a CA it trusts, and [" + dir.resolve("cert.pem")
                    + "] is not one: its issuer is not among the CAs the engine accepts, so Berth presented none."
                    + " Fix: use the cert.pem and key.pem issued by the CA the engine verifies clients against.";
        }
        if (text.contains("certificate_required")) {
            return "the engine requires a client certificate, and Berth had none to present: [" + dir + "] has no cert.pem and"
                    + " key.pem. Fix: put the client certificate and key made for this engine there as cert.pem"
                    + " and key.pem (DOCKER_CERT_PATH, or the docker context's TLS folder).";
        }
        for (String alert : new String[] {"unknown_ca", "bad_certificate", "certificate_unknown", "access_denied",
                "unsupported_certificate", "certificate_expired", "certificate_revoked", "decrypt_error"}) {
            if (text.contains(alert)) {
                return "the engine refused Berth's client certificate [" + dir.resolve("cert.pem") + "] with the TLS alert "
                        + alert + ": the engine does not trust the CA that signed it, or it has expired."
                        + " Fix: use the cert.pem and key.pem issued by the CA the engine verifies clients against.";
            }
        }
        if (text.contains("pkix") || text.contains("certification path") || text.contains("signature check failed")
                || text.contains("certpath")) {
            return "the engine's certificate is not signed by the CA in [" + dir.resolve("ca.pem") + "]."
                    + " Fix: put the CA certificate that signed the engine's certificate there as ca.pem.";
        }
        if (text.contains("subject alternative") || text.contains("no name matching")) {
            return "the engine's certificate does not name the host of " + endpoint.host() + "."
                    + " Fix: connect by a name or address the certificate lists, or reissue it with that name.";
        }
        return "the engine's certificate must be signed by the CA in [" + dir.resolve("ca.pem") + "] and name the host you"
                + " connect to, and the engine must accept cert.pem. Check DOCKER_CERT_PATH (or the context's TLS files) holds"
                + " this engine's files, e.g. with `docker --tlsverify info`.";
    }
}
