package dev.berth.docker.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@NoEngine
class PemTlsTest {

    /** DER of the P-256 curve's OID, 1.2.840.10045.3.1.7. */
    private static final byte[] P256_OID = {0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x03, 0x01, 0x07};

    @TempDir
    Path dir;

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** The content of the OCTET STRING inside a PKCS#8 PrivateKeyInfo: the PKCS#1 or SEC1 key. */
    private static byte[] innerKey(byte[] pkcs8) {
        int[] pos = {0};
        header(pkcs8, pos); // SEQUENCE
        int version = header(pkcs8, pos);
        pos[0] += version;
        int algorithm = header(pkcs8, pos);
        pos[0] += algorithm;
        int length = header(pkcs8, pos); // OCTET STRING
        return Arrays.copyOfRange(pkcs8, pos[0], pos[0] + length);
    }

    private static int header(byte[] der, int[] pos) {
        pos[0]++;
        int first = der[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            length = (length << 8) | (der[pos[0]++] & 0xff);
        }
        return length;
    }

    private static byte[] der(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            content.writeBytes(p);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        out.write(content.size());
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    @Test
    void readsAPkcs8RsaKey() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path file = write("key.pem", pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        assertThat(PemTls.privateKey(file).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    }

    @Test
    void readsAPkcs1RsaKey() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path file = write("key.pem", pem("RSA PRIVATE KEY", innerKey(pair.getPrivate().getEncoded())));
        PrivateKey key = PemTls.privateKey(file);
        assertThat(key.getAlgorithm()).isEqualTo("RSA");
        assertThat(key.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    }

    @Test
    void readsASec1EcKeyAfterItsParametersBlock() throws Exception {
        // GIVEN a P-256 key as openssl writes it: an EC PARAMETERS block, then the SEC1 EC PRIVATE KEY with its curve
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        BigInteger s = ((ECPrivateKey) pair.getPrivate()).getS();
        byte[] secret = new byte[32];
        byte[] magnitude = s.toByteArray();
        int copy = Math.min(magnitude.length, 32);
        System.arraycopy(magnitude, magnitude.length - copy, secret, 32 - copy, copy);
        byte[] sec1 = der(0x30, new byte[] {0x02, 0x01, 0x01}, der(0x04, secret), der(0xa0, P256_OID));
        Path file = write("key.pem", pem("EC PARAMETERS", P256_OID) + pem("EC PRIVATE KEY", sec1));
        // WHEN read THEN it is the same key
        PrivateKey key = PemTls.privateKey(file);
        assertThat(key).isInstanceOf(ECPrivateKey.class);
        assertThat(((ECPrivateKey) key).getS()).isEqualTo(s);
    }

    @Test
    void readsAPkcs8EcKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPair pair = generator.generateKeyPair();
        Path file = write("key.pem", pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        assertThat(((ECPrivateKey) PemTls.privateKey(file)).getS()).isEqualTo(((ECPrivateKey) pair.getPrivate()).getS());
    }

    @Test
    void aFileWithoutAKeySaysWhatItExpected() throws IOException {
        Path file = write("key.pem", pem("CERTIFICATE", new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> PemTls.privateKey(file))
                .isInstanceOf(IOException.class)
                .hasMessage("TLS file [" + file + "] holds no PEM private key (PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY)");
    }

    @Test
    void aMissingFileNamesTheFilesDockerCertPathNeeds() {
        assertThatThrownBy(() -> PemTls.socketFactory(dir, true))
                .isInstanceOf(IOException.class)
                .hasMessage("TLS file [" + dir.resolve("ca.pem") + "] does not exist; DOCKER_CERT_PATH must hold ca.pem, cert.pem and key.pem");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void mutualTlsWithThePemFiles() throws Exception {
        // GIVEN a self-signed certificate for 127.0.0.1 made by the JDK's keytool, written as the docker CLI's PEM files
        Path keystore = dir.resolve("engine.p12");
        keytool("-genkeypair", "-alias", "engine", "-keyalg", "RSA", "-keysize", "2048", "-validity", "1",
                "-dname", "CN=berth-test", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        Certificate certificate = store.getCertificate("engine");
        write("ca.pem", pem("CERTIFICATE", certificate.getEncoded()));
        write("cert.pem", pem("CERTIFICATE", certificate.getEncoded()));
        write("key.pem", pem("PRIVATE KEY", store.getKey("engine", "changeit".toCharArray()).getEncoded()));
        // AND a TLS server that requires a client certificate it trusts
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        try (SSLServerSocket server = (SSLServerSocket) serverContext.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setNeedClientAuth(true);
            Thread peer = new Thread(() -> {
                try (Socket s = server.accept()) {
                    s.getOutputStream().write(s.getInputStream().read() + 1);
                    s.getOutputStream().flush();
                } catch (IOException e) {
                    // the client's assertion reports it
                }
            });
            peer.start();
            // WHEN Berth connects with a socket factory from the PEM files, verifying the server
            SSLSocketFactory factory = PemTls.socketFactory(dir, true);
            try (Socket socket = new TcpTransport("127.0.0.1", server.getLocalPort(), factory, true).connect()) {
                socket.getOutputStream().write(41);
                socket.getOutputStream().flush();
                // THEN the handshake succeeded both ways and data flows
                assertThat(socket.getInputStream().read()).isEqualTo(42);
            }
            peer.join(10_000);
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("keytool: " + output).isZero();
    }
}
