package dev.berth.docker.internal.tar;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Writes a tar archive entry by entry, as POSIX ustar with a PAX extended header in front of any entry whose name or
 * link target is longer than 100 bytes or not ASCII, or whose size, time or ids do not fit the ustar fields (so files
 * beyond 8 GiB are fine). GNU tar, BusyBox tar and the engine (Go's archive/tar) read all of it. Call {@link #finish()}
 * at the end; the underlying stream is flushed, never closed.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TarOutput {

    private static final int RECORD = 10 * TarHeader.BLOCK;

    private final OutputStream out;
    private long written;

    public TarOutput(OutputStream out) {
        // whole records to the stream, as tar writers have always sent them, not one write per 512-byte header
        this.out = new BufferedOutputStream(out, RECORD);
    }

    /** Writes an entry without content: a directory, a link, a device or an empty file. */
    public void put(TarEntry entry) throws IOException {
        if (entry.isFile() && entry.size() != 0) {
            throw new IllegalArgumentException("the file entry [" + entry.name() + "] has " + entry.size()
                    + " bytes of content: write it with put(entry, content)");
        }
        putHeader(entry);
    }

    /** Writes a file entry and its content, which must hold exactly {@code entry.size()} bytes. */
    public void put(TarEntry entry, byte[] content) throws IOException {
        if (content.length != entry.size()) {
            throw new IllegalArgumentException("the entry [" + entry.name() + "] declares " + entry.size() + " bytes but "
                    + content.length + " were given");
        }
        put(entry, new ByteArrayInputStream(content));
    }

    /**
     * Writes a file entry and its content, {@code entry.size()} bytes read from {@code content} (which is not closed).
     *
     * @throws IOException also when {@code content} ends early, e.g. a host file that shrank while being archived
     */
    public void put(TarEntry entry, InputStream content) throws IOException {
        if (!entry.isFile()) {
            throw new IllegalArgumentException("only file entries have content, but [" + entry.name() + "] is a " + entry.type());
        }
        putHeader(entry);
        byte[] buffer = new byte[8192];
        long left = entry.size();
        while (left > 0) {
            int n = content.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the content of [" + entry.name() + "] ended after " + (entry.size() - left) + " of its "
                        + entry.size() + " bytes: did the file change while it was archived?");
            }
            write(buffer, n);
            left -= n;
        }
        pad();
    }

    /** Ends the archive with its two zero blocks and flushes. Write nothing after this. */
    public void finish() throws IOException {
        write(new byte[2 * TarHeader.BLOCK], 2 * TarHeader.BLOCK);
        out.flush();
    }

    private void putHeader(TarEntry entry) throws IOException {
        String name = entry.isDirectory() && !entry.name().endsWith("/") ? entry.name() + "/" : entry.name();
        long mtime = entry.mtime().getEpochSecond();
        Map<String, String> pax = new LinkedHashMap<>();
        if (!fits(name)) {
            pax.put("path", name);
        }
        if (!fits(entry.linkName())) {
            pax.put("linkpath", entry.linkName());
        }
        if (!TarHeader.fitsOctal(entry.size(), 12)) {
            pax.put("size", Long.toString(entry.size()));
        }
        if (!TarHeader.fitsOctal(mtime, 12)) {
            pax.put("mtime", Long.toString(mtime));
        }
        if (!TarHeader.fitsOctal(entry.uid(), 8)) {
            pax.put("uid", Long.toString(entry.uid()));
        }
        if (!TarHeader.fitsOctal(entry.gid(), 8)) {
            pax.put("gid", Long.toString(entry.gid()));
        }
        if (!pax.isEmpty()) {
            byte[] records = PaxRecords.encode(pax);
            String base = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
            String paxName = "PaxHeaders.0/" + base.substring(base.lastIndexOf('/') + 1);
            writeBlock(new TarHeader(fallback(paxName), 0644, 0, 0, records.length, TarHeader.fitsOctal(mtime, 12) ? mtime : 0,
                    (byte) 'x', "").toBlock());
            write(records, records.length);
            pad();
        }
        writeBlock(new TarHeader(fallback(name), typeBits(entry.type()) | entry.mode(), entry.uid(), entry.gid(), entry.size(),
                mtime, typeflag(entry), fallback(entry.linkName())).toBlock());
    }

    /** @return whether the ustar field holds {@code value} as it is: ASCII, at most 100 bytes */
    private static boolean fits(String value) {
        return value.length() <= TarHeader.NAME_LENGTH && StandardCharsets.US_ASCII.newEncoder().canEncode(value);
    }

    /** @return what readers that ignore PAX see: the value in ASCII, cut to the field */
    private static String fallback(String value) {
        String ascii = value.replaceAll("[^\\x20-\\x7e]", "_");
        return ascii.length() <= TarHeader.NAME_LENGTH ? ascii : ascii.substring(0, TarHeader.NAME_LENGTH);
    }

    private static long typeBits(TarEntry.Type type) {
        // the file-type bits in the mode field, as Go's archive/tar sets them
        return switch (type) {
            case FILE -> 0100000;
            case DIRECTORY -> 040000;
            case SYMBOLIC_LINK -> 0120000;
            default -> 0;
        };
    }

    private static byte typeflag(TarEntry entry) {
        return switch (entry.type()) {
            case FILE -> '0';
            case HARD_LINK -> '1';
            case SYMBOLIC_LINK -> '2';
            case CHARACTER_DEVICE -> '3';
            case BLOCK_DEVICE -> '4';
            case DIRECTORY -> '5';
            case FIFO -> '6';
            case OTHER -> throw new IllegalArgumentException("cannot write [" + entry.name() + "]: entries of type OTHER have no"
                    + " defined tar form");
        };
    }

    private void writeBlock(byte[] block) throws IOException {
        write(block, block.length);
    }

    private void write(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
        written += length;
    }

    private void pad() throws IOException {
        int partial = (int) (written % TarHeader.BLOCK);
        if (partial != 0) {
            write(new byte[TarHeader.BLOCK - partial], TarHeader.BLOCK - partial);
        }
    }
}
