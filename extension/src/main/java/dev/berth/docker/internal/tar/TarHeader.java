package dev.berth.docker.internal.tar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One 512-byte tar header block, its fields as stored: the ustar layout, read from POSIX ustar, GNU and v7 headers
 * and written as POSIX ustar. Numbers are octal, or base-256 (GNU) when they do not fit; the checksum is verified on
 * reading. Names longer than their field are not this class's concern: {@link TarOutput} and {@link TarReader} carry
 * them in PAX or GNU long-name entries.
 *
 * @param name     the name field, with the ustar prefix field joined in front when there is one
 * @param mode     the mode field, file-type bits included as some writers set them
 * @param mtime    seconds since the epoch
 * @param typeflag the type byte ({@code '0'}, {@code '5'}, {@code 'x'}, {@code 'L'}, ...)
 */
record TarHeader(String name, long mode, long uid, long gid, long size, long mtime, byte typeflag, String linkName) {

    static final int BLOCK = 512;
    static final int NAME_LENGTH = 100;

    private static final byte[] POSIX_MAGIC = {'u', 's', 't', 'a', 'r', 0, '0', '0'};
    private static final int CHECKSUM_OFFSET = 148;
    private static final int CHECKSUM_LENGTH = 8;
    private static final int MAGIC_OFFSET = 257;
    private static final int PREFIX_OFFSET = 345;
    private static final int PREFIX_LENGTH = 155;

    /** @return whether the block is all zeros, as the two that end an archive are */
    static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a header block.
     *
     * @param offset where the block starts in the archive, for messages
     * @throws IOException when the checksum does not match or a number is not a number
     */
    static TarHeader parse(byte[] block, long offset) throws IOException {
        long stored = parseNumber(block, CHECKSUM_OFFSET, CHECKSUM_LENGTH, "checksum", offset);
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < BLOCK; i++) {
            boolean inChecksum = i >= CHECKSUM_OFFSET && i < CHECKSUM_OFFSET + CHECKSUM_LENGTH;
            unsigned += inChecksum ? ' ' : block[i] & 0xff;
            signed += inChecksum ? ' ' : block[i];
        }
        // some old writers summed signed bytes; GNU tar and Go accept both
        if (stored != unsigned && stored != signed) {
            throw new IOException("the tar header at byte " + offset + " has checksum " + stored + " but its bytes sum to " + unsigned
                    + ": the archive is corrupt or not a tar archive");
        }
        String name = string(block, 0, NAME_LENGTH);
        if (Arrays.equals(block, MAGIC_OFFSET, MAGIC_OFFSET + POSIX_MAGIC.length, POSIX_MAGIC, 0, POSIX_MAGIC.length)) {
            // only POSIX ustar has a prefix field; GNU headers keep other data there
            String prefix = string(block, PREFIX_OFFSET, PREFIX_LENGTH);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
        }
        return new TarHeader(name, parseNumber(block, 100, 8, "mode", offset), parseNumber(block, 108, 8, "uid", offset),
                parseNumber(block, 116, 8, "gid", offset), parseNumber(block, 124, 12, "size", offset),
                parseNumber(block, 136, 12, "mtime", offset), block[156], string(block, 157, NAME_LENGTH));
    }

    /** @return the block: names cut to their fields, numbers too large for octal in base-256 */
    byte[] toBlock() {
        byte[] block = new byte[BLOCK];
        putString(block, 0, NAME_LENGTH, name);
        putNumber(block, 100, 8, mode);
        putNumber(block, 108, 8, uid);
        putNumber(block, 116, 8, gid);
        putNumber(block, 124, 12, size);
        putNumber(block, 136, 12, mtime);
        block[156] = typeflag;
        putString(block, 157, NAME_LENGTH, linkName);
        System.arraycopy(POSIX_MAGIC, 0, block, MAGIC_OFFSET, POSIX_MAGIC.length);
        putNumber(block, 329, 8, 0);
        putNumber(block, 337, 8, 0);
        Arrays.fill(block, CHECKSUM_OFFSET, CHECKSUM_OFFSET + CHECKSUM_LENGTH, (byte) ' ');
        long sum = 0;
        for (byte b : block) {
            sum += b & 0xff;
        }
        byte[] checksum = String.format("%06o", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(checksum, 0, block, CHECKSUM_OFFSET, 6);
        block[CHECKSUM_OFFSET + 6] = 0;
        return block;
    }

    /** @return whether {@code value} fits an octal field of {@code length} bytes (one kept for the terminator) */
    static boolean fitsOctal(long value, int length) {
        return value >= 0 && value < 1L << (3 * (length - 1));
    }

    static long parseNumber(byte[] block, int offset, int length, String field, long headerOffset) throws IOException {
        if ((block[offset] & 0x80) != 0) {
            // base-256, two's complement when the sign bit below the marker is set
            byte invert = (block[offset] & 0x40) != 0 ? (byte) 0xff : 0;
            long value = 0;
            for (int i = 0; i < length; i++) {
                int b = (block[offset + i] ^ invert) & 0xff;
                if (i == 0) {
                    b &= 0x7f;
                }
                if (value >>> 55 != 0) {
                    throw new IOException("the tar header at byte " + headerOffset + " has a " + field + " too large for Java");
                }
                value = value << 8 | b;
            }
            return invert == 0 ? value : ~value;
        }
        int i = offset;
        int end = offset + length;
        while (i < end && (block[i] == ' ' || block[i] == 0)) {
            i++;
        }
        long value = 0;
        for (; i < end && block[i] != 0 && block[i] != ' '; i++) {
            if (block[i] < '0' || block[i] > '7') {
                throw new IOException("the tar header at byte " + headerOffset + " has a " + field + " field that is not octal: ["
                        + new String(block, offset, length, StandardCharsets.ISO_8859_1).replace('\0', ' ').strip()
                        + "]: the archive is corrupt or not a tar archive");
            }
            value = value << 3 | (block[i] - '0');
        }
        return value;
    }

    private static void putNumber(byte[] block, int offset, int length, long value) {
        if (fitsOctal(value, length)) {
            String octal = Long.toOctalString(value);
            Arrays.fill(block, offset, offset + length - 1, (byte) '0');
            byte[] digits = octal.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(digits, 0, block, offset + length - 1 - digits.length, digits.length);
            block[offset + length - 1] = 0;
            return;
        }
        long v = value;
        for (int i = offset + length - 1; i > offset; i--) {
            block[i] = (byte) v;
            v >>= 8;
        }
        block[offset] = (byte) (value < 0 ? 0xff : 0x80);
    }

    private static String string(byte[] block, int offset, int length) {
        int end = offset;
        while (end < offset + length && block[end] != 0) {
            end++;
        }
        return new String(block, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static void putString(byte[] block, int offset, int length, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, block, offset, Math.min(bytes.length, length));
    }
}
