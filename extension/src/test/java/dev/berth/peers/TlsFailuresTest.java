package dev.berth.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.NoEngine;
import dev.berth.docker.internal.transport.EngineEndpoint;
import dev.berth.docker.internal.transport.TlsFailures;
import java.io.IOException;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each TLS failure the JDK reports is put into words (no engine needed; TlsEngineTest sees them for real). */
@NoEngine
class TlsFailuresTest {

    @TempDir
    Path certs;

    private EngineEndpoint endpoint() {
        return new EngineEndpoint("tcp://127.0.0.1:2376", certs, true, true, "DOCKER_HOST");
    }

    @Test
    void findsTheTlsFailureBehindABrokenPipe() {
        SSLHandshakeException alert = new SSLHandshakeException("Received fatal alert: certificate_required");
        alert.addSuppressed(new SocketException("Broken pipe"));
        IOException wrapped = new IOException("exchange failed", alert);
        assertThat(TlsFailures.find(wrapped)).isSameAs(alert);
        SocketException pipe = new SocketException("Broken pipe");
        pipe.addSuppressed(alert);
        assertThat(TlsFailures.find(pipe)).isSameAs(alert);
        assertThat(TlsFailures.find(new SocketException("Connection refused"))).isNull();
    }

    @Test
    void noClientCertificateAtAll() {
        String text = TlsFailures.explain(new SSLHandshakeException("Received fatal alert: certificate_required"), endpoint());
        assertThat(text).isEqualTo("the engine requires a client certificate, and Berth had none to present: [" + certs + "] has no"
                + " cert.pem and key.pem. Fix: put the client certificate and key made for this engine there as cert.pem and key.pem"
                + " (DOCKER_CERT_PATH, or the docker context's TLS folder).");
    }

    @Test
    void aClientCertificateTheEngineDoesNotAskFor() throws IOException {
        Files.writeString(certs.resolve("cert.pem"), "-");
        assertThat(TlsFailures.explain(new SSLHandshakeException("Received fatal alert: certificate_required"), endpoint()))
                .startsWith("the engine requires a client certificate signed by a CA it trusts, and [" + certs.resolve("cert.pem")
                        + "] is not one: its issuer is not among the CAs the engine accepts, so Berth presented none. Fix: ");
    }

    @Test
    void aClientCertificateTheEngineRefuses() {
        assertThat(TlsFailures.explain(new SSLException("Received fatal alert: unknown_ca"), endpoint()))
                .isEqualTo("the engine refused Berth's client certificate [" + certs.resolve("cert.pem") + "] with the TLS alert"
                        + " unknown_ca: the engine does not trust the CA that signed it, or it has expired. Fix: use the cert.pem and"
                        + " key.pem issued by the CA the engine verifies clients against.");
    }

    @Test
    void anEngineCertificateCaPemDoesNotVouchFor() {
        assertThat(TlsFailures.explain(new SSLHandshakeException("PKIX path building failed: unable to find valid certification path"
                + " to requested target"), endpoint()))
                .isEqualTo("the engine's certificate is not signed by the CA in [" + certs.resolve("ca.pem") + "]. Fix: put the CA"
                        + " certificate that signed the engine's certificate there as ca.pem.");
    }

    @Test
    void anythingElseGetsTheChecklist() {
        assertThat(TlsFailures.explain(new SSLException("Unsupported or unrecognized SSL message"), endpoint()))
                .isEqualTo("the engine's certificate must be signed by the CA in [" + certs.resolve("ca.pem") + "] and name the host"
                        + " you connect to, and the engine must accept cert.pem. Check DOCKER_CERT_PATH (or the context's TLS files)"
                        + " holds this engine's files, e.g. with `docker --tlsverify info`.");
    }

    @Test
    void anEngineCertificateForAnotherName() {
        assertThat(TlsFailures.explain(new SSLHandshakeException("No subject alternative names matching IP address 127.0.0.1 found"),
                endpoint()))
                .startsWith("the engine's certificate does not name the host of tcp://127.0.0.1:2376. Fix: ");
    }
}
