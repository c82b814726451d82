package dev.berth.docker.internal.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test input: bytes that arrive one per read, as a slow connection hands them out. */
final class Bytes {

    private Bytes() {
    }

    static InputStream oneByteAtATime(String text) {
        return oneByteAtATime(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static InputStream oneByteAtATime(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    static InputStream of(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
