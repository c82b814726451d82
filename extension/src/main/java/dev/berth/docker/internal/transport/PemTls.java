package dev.berth.docker.internal.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apiguardian.api.API;

/**
 * Builds TLS socket factories from the docker CLI's PEM files ({@code ca.pem}, {@code cert.pem}, {@code key.pem})
 * with the JDK alone: PKCS#8, PKCS#1 RSA and SEC1 EC private keys are read without extra libraries.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class PemTls {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    private static final byte[] RSA_OID = {0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01};
    private static final byte[] EC_OID = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01};

    private PemTls() {
    }

    /**
     * Creates a socket factory that presents {@code cert.pem}/{@code key.pem} when they exist and trusts
     * {@code ca.pem} when verifying (or anything when not).
     *
     * @param certDir the folder with the PEM files
     * @param verify whether the server certificate is verified against {@code ca.pem}
     * @return the factory
     * @throws IOException when a file is missing or malformed; the message names the file
     */
    public static SSLSocketFactory socketFactory(Path certDir, boolean verify) throws IOException {
        Path ca = certDir.resolve("ca.pem");
        Path cert = certDir.resolve("cert.pem");
        Path key = certDir.resolve("key.pem");
        try {
            KeyManagerFactory kmf = null;
            if (Files.exists(cert) || Files.exists(key)) {
                KeyStore keyStore = KeyStore.getInstance("PKCS12");
                keyStore.load(null, null);
                List<X509Certificate> chain = certificates(cert);
                keyStore.setKeyEntry("client", privateKey(key), new char[0], chain.toArray(new Certificate[0]));
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keyStore, new char[0]);
            }
            TrustManager[] trust;
            if (verify) {
                KeyStore trustStore = KeyStore.getInstance("PKCS12");
                trustStore.load(null, null);
                int i = 0;
                for (X509Certificate c : certificates(ca)) {
                    trustStore.setCertificateEntry("ca" + i++, c);
                }
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trustStore);
                trust = tmf.getTrustManagers();
            } else {
                trust = new TrustManager[] {new TrustAll()};
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf == null ? null : kmf.getKeyManagers(), trust, new SecureRandom());
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot set up TLS from the PEM files in [" + certDir + "] (ca.pem, cert.pem, key.pem): "
                    + e.getMessage(), e);
        }
    }

    static List<X509Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        if (!Files.exists(file)) {
            throw new IOException("TLS file [" + file + "] does not exist; DOCKER_CERT_PATH must hold ca.pem, cert.pem and key.pem");
        }
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> all = CertificateFactory.getInstance("X.509").generateCertificates(in);
            List<X509Certificate> result = new ArrayList<>();
            for (Certificate c : all) {
                result.add((X509Certificate) c);
            }
            if (result.isEmpty()) {
                throw new IOException("TLS file [" + file + "] holds no certificate");
            }
            return result;
        } catch (CertificateException e) {
            throw new IOException("TLS file [" + file + "] is not a PEM certificate: " + e.getMessage(), e);
        }
    }

    static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
        if (!Files.exists(file)) {
            throw new IOException("TLS file [" + file + "] does not exist; DOCKER_CERT_PATH must hold ca.pem, cert.pem and key.pem");
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            String type = m.group(1);
            byte[] der = Base64.getMimeDecoder().decode(m.group(2));
            switch (type) {
                case "PRIVATE KEY":
                    return pkcs8(der);
                case "RSA PRIVATE KEY":
                    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(wrap(RSA_OID, new byte[] {0x05, 0x00}, der)));
                case "EC PRIVATE KEY":
                    return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(wrap(EC_OID, sec1CurveOid(der), der)));
                default:
                    // other blocks (e.g. EC PARAMETERS) are skipped
            }
        }
        throw new IOException("TLS file [" + file + "] holds no PEM private key (PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY)");
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        GeneralSecurityException last = null;
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Wraps a PKCS#1 or SEC1 key into PKCS#8: SEQUENCE { 0, SEQUENCE { algorithm, parameters }, OCTET STRING key }. */
    static byte[] wrap(byte[] algorithmOid, byte[] parameters, byte[] key) {
        byte[] version = {0x02, 0x01, 0x00};
        byte[] algorithm = der(0x30, concat(algorithmOid, parameters));
        byte[] octets = der(0x04, key);
        return der(0x30, concat(version, algorithm, octets));
    }

    /** Finds the curve OID in the [0] parameters of a SEC1 ECPrivateKey. */
    static byte[] sec1CurveOid(byte[] sec1) throws GeneralSecurityException {
        int[] pos = {0};
        readHeader(sec1, pos); // SEQUENCE
        while (pos[0] < sec1.length) {
            int tag = sec1[pos[0]] & 0xff;
            int start = pos[0];
            int length = readHeader(sec1, pos);
            if (tag == 0xa0) {
                byte[] oid = new byte[length];
                System.arraycopy(sec1, pos[0], oid, 0, length);
                return oid;
            }
            pos[0] += length;
            if (pos[0] <= start) {
                break;
            }
        }
        throw new GeneralSecurityException("EC PRIVATE KEY has no curve parameters");
    }

    private static int readHeader(byte[] der, int[] pos) {
        pos[0]++; // tag
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

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = content.length;
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else if (n < 0x10000) {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n);
        } else {
            out.write(0x83);
            out.write(n >> 16);
            out.write(n >> 8);
            out.write(n);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Used only when DOCKER_TLS_VERIFY is off, as the docker CLI does with {@code --tls}. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
