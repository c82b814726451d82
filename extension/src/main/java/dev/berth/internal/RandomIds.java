package dev.berth.internal;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * Random ids for sessions and engine-side names, from the kernel's {@code /dev/urandom} where there is one (what
 * {@link SecureRandom} reads there too), else from {@link SecureRandom}. The JDK's {@link UUID#randomUUID()} sets up
 * its security providers first, some 30 ms of a test JVM's start, for the same bytes.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RandomIds {

    private static final String URANDOM = "/dev/urandom";

    private RandomIds() {
    }

    /** @return a random (version 4) UUID, as {@link UUID#randomUUID()} makes */
    public static UUID uuid() {
        byte[] bytes = bytes(16);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (bytes[i] & 0xff);
            lsb = (lsb << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    /** @return 8 random hexadecimal digits, for names such as {@code berth-web-1a2b3c4d} */
    public static String shortId() {
        return uuid().toString().substring(0, 8);
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        try (InputStream in = new FileInputStream(URANDOM)) {
            if (in.readNBytes(bytes, 0, count) == count) {
                return bytes;
            }
        } catch (IOException | SecurityException e) {
            // not there (Windows) or not readable: the JDK's generator
        }
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
