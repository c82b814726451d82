package dev.berth.bench.raw;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Just enough tar for the archive endpoints: write one regular file, read the first regular file back. */
public final class Tar {

    private static final int BLOCK = 512;

    private Tar() {
    }

    /** @return the size of an archive holding one file of {@code fileSize} bytes */
    public static long archiveSize(long fileSize) {
        return BLOCK + padded(fileSize) + 2L * BLOCK;
    }

    /** Writes an archive holding {@code file} as {@code name}, streaming its content. */
    public static void writeSingleFile(OutputStream out, String name, Path file, long size, int mode)
            throws IOException {
        out.write(header(name, size, mode));
        try (InputStream in = Files.newInputStream(file)) {
            if (in.transferTo(out) != size) {
                throw new IOException(file + " changed size while being sent");
            }
        }
        out.write(new byte[(int) (padded(size) - size) + 2 * BLOCK]);
    }

    /** Streams the first regular file of an archive to {@code target}, skipping extension headers before it. */
    public static void extractFirstFile(InputStream tar, Path target) throws IOException {
        byte[] header = new byte[BLOCK];
        while (true) {
            if (tar.readNBytes(header, 0, BLOCK) < BLOCK || header[0] == 0) {
                throw new IOException("the archive holds no regular file");
            }
            long size = parseOctal(header, 124, 12);
            byte type = header[156];
            if (type == '0' || type == 0) {
                InputStream content = new FixedLengthInputStream(tar, size);
                Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            skip(tar, padded(size));
        }
    }

    private static byte[] header(String name, long size, int mode) {
        byte[] h = new byte[BLOCK];
        put(h, 0, 100, name);
        put(h, 100, 8, String.format("%07o", mode));
        put(h, 108, 8, "0000000");
        put(h, 116, 8, "0000000");
        put(h, 124, 12, String.format("%011o", size));
        put(h, 136, 12, String.format("%011o", System.currentTimeMillis() / 1000));
        put(h, 148, 8, "        ");
        h[156] = '0';
        put(h, 257, 6, "ustar");
        put(h, 263, 2, "00");
        int sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, 8, String.format("%06o", sum) + "\0 ");
        return h;
    }

    private static void put(byte[] header, int offset, int length, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, Math.min(length, bytes.length));
    }

    private static long parseOctal(byte[] header, int offset, int length) {
        long value = 0;
        for (int i = offset; i < offset + length; i++) {
            byte b = header[i];
            if (b >= '0' && b <= '7') {
                value = value * 8 + (b - '0');
            }
        }
        return value;
    }

    private static long padded(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }

    private static void skip(InputStream in, long n) throws IOException {
        if (in.skip(n) < n && in.readNBytes((int) n).length < n) {
            throw new EOFException("archive truncated");
        }
    }
}
