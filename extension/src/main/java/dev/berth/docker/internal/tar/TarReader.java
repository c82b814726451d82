package dev.berth.docker.internal.tar;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Reads a tar archive entry by entry, as it streams: POSIX ustar, PAX extended ({@code x}) and global ({@code g})
 * headers, GNU long names and link targets ({@code L}, {@code K}) and v7 headers, as the engine (Go's
 * archive/tar), GNU tar and BusyBox tar write them. {@link #nextEntry()} moves to the next entry; between calls this
 * stream reads the current entry's content. Header checksums are verified, and an archive that ends inside a header
 * or a content gives an {@link IOException} saying so. Closing closes the underlying stream.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TarReader extends InputStream {

    private static final int MAX_EXTENSION_SIZE = 1 << 20;

    private final InputStream in;
    private final Map<String, String> global = new HashMap<>();
    private long position;
    private long remaining;
    private int padding;
    private boolean ended;
    private String current = "";

    public TarReader(InputStream in) {
        this.in = in;
    }

    /**
     * Skips what is left of the current entry and reads the next header.
     *
     * @return the entry, or {@code null} at the end of the archive
     */
    public TarEntry nextEntry() throws IOException {
        if (ended) {
            return null;
        }
        skipRest();
        Map<String, String> pax = new HashMap<>(global);
        String longName = null;
        String longLink = null;
        boolean extended = false;
        while (true) {
            long offset = position;
            byte[] block = new byte[TarHeader.BLOCK];
            int n = in.readNBytes(block, 0, block.length);
            position += n;
            if (n == 0 && !extended) {
                // Go's reader and GNU tar also take a stream that stops between entries as its end
                ended = true;
                return null;
            }
            if (n < block.length) {
                throw truncated("inside the header that starts at byte " + offset);
            }
            if (TarHeader.isZero(block)) {
                ended = true;
                // the second zero block, when there is one, is consumed so the stream ends where the archive does
                position += in.readNBytes(new byte[TarHeader.BLOCK], 0, TarHeader.BLOCK);
                return null;
            }
            TarHeader header = TarHeader.parse(block, offset);
            extended = true;
            switch (header.typeflag()) {
                case 'x' -> pax.putAll(PaxRecords.parse(extension(header, offset), offset));
                case 'g' -> {
                    Map<String, String> records = PaxRecords.parse(extension(header, offset), offset);
                    global.putAll(records);
                    pax.putAll(records);
                }
                case 'L' -> longName = cString(extension(header, offset));
                case 'K' -> longLink = cString(extension(header, offset));
                default -> {
                    return entry(header, pax, longName, longLink, offset);
                }
            }
        }
    }

    private TarEntry entry(TarHeader header, Map<String, String> pax, String longName, String longLink, long offset)
            throws IOException {
        String name = value(pax, "path", longName != null ? longName : header.name());
        String linkName = value(pax, "linkpath", longLink != null ? longLink : header.linkName());
        long size = number(pax, "size", header.size(), offset);
        long uid = number(pax, "uid", header.uid(), offset);
        long gid = number(pax, "gid", header.gid(), offset);
        Instant mtime = Instant.ofEpochSecond(header.mtime());
        String paxTime = value(pax, "mtime", "");
        if (!paxTime.isEmpty()) {
            try {
                BigDecimal seconds = new BigDecimal(paxTime);
                mtime = Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IOException("the entry [" + name + "] at byte " + offset + " has a PAX mtime that is not a number: ["
                        + paxTime + "]");
            }
        }
        TarEntry.Type type = type(header.typeflag(), name);
        if (type == TarEntry.Type.DIRECTORY && !name.endsWith("/")) {
            name = name + "/"; // one spelling for folders: Docker writes "d/", Podman "d", as Commons Compress read them
        }
        // link, device, directory and FIFO headers carry no content whatever their size field says; a GNU dumpdir does
        long content = switch (header.typeflag()) {
            case '1', '2', '3', '4', '5', '6' -> 0;
            default -> size;
        };
        remaining = content;
        padding = (int) ((TarHeader.BLOCK - content % TarHeader.BLOCK) % TarHeader.BLOCK);
        current = name;
        if (header.typeflag() == 'D') {
            skipRest();
            size = 0;
        }
        return new TarEntry(name, type, (int) header.mode(), type == TarEntry.Type.FILE || type == TarEntry.Type.OTHER ? size : 0,
                mtime, uid, gid, linkName);
    }

    private static TarEntry.Type type(byte typeflag, String name) {
        return switch (typeflag) {
            // a v7 or old GNU file whose name ends in a slash is a directory
            case 0, '0', '7' -> name.endsWith("/") ? TarEntry.Type.DIRECTORY : TarEntry.Type.FILE;
            case '1' -> TarEntry.Type.HARD_LINK;
            case '2' -> TarEntry.Type.SYMBOLIC_LINK;
            case '3' -> TarEntry.Type.CHARACTER_DEVICE;
            case '4' -> TarEntry.Type.BLOCK_DEVICE;
            case '5', 'D' -> TarEntry.Type.DIRECTORY;
            case '6' -> TarEntry.Type.FIFO;
            default -> TarEntry.Type.OTHER;
        };
    }

    /** @return an extension entry's content (PAX records or a GNU long name), read whole */
    private byte[] extension(TarHeader header, long offset) throws IOException {
        if (header.size() > MAX_EXTENSION_SIZE) {
            throw new IOException("the " + (char) header.typeflag() + " header at byte " + offset + " declares " + header.size()
                    + " bytes, more than the " + MAX_EXTENSION_SIZE + " Berth reads: the archive is corrupt");
        }
        int size = (int) header.size();
        byte[] content = in.readNBytes(size);
        position += content.length;
        if (content.length < size) {
            throw truncated("inside the extended header at byte " + offset);
        }
        int pad = (TarHeader.BLOCK - size % TarHeader.BLOCK) % TarHeader.BLOCK;
        long skipped = skip(in, pad);
        position += skipped;
        if (skipped < pad) {
            throw truncated("inside the extended header at byte " + offset);
        }
        return content;
    }

    private static String value(Map<String, String> pax, String key, String otherwise) {
        String value = pax.get(key);
        // an empty value unsets the key
        return value == null || value.isEmpty() ? otherwise : value;
    }

    private static long number(Map<String, String> pax, String key, long otherwise, long offset) throws IOException {
        String value = value(pax, key, "");
        if (value.isEmpty()) {
            return otherwise;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IOException("the PAX header before byte " + offset + " has a " + key + " that is not a number: [" + value + "]");
        }
    }

    private static String cString(byte[] content) {
        int end = 0;
        while (end < content.length && content[end] != 0) {
            end++;
        }
        return new String(content, 0, end, StandardCharsets.UTF_8);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (remaining == 0) {
            return len == 0 ? 0 : -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            throw truncated("inside the content of [" + current + "], " + remaining + " bytes short");
        }
        remaining -= n;
        position += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), remaining);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void skipRest() throws IOException {
        long skip = remaining + padding;
        remaining = 0;
        padding = 0;
        if (skip > 0) {
            long skipped = skip(in, skip);
            position += skipped;
            if (skipped < skip) {
                throw truncated("inside the content of [" + current + "]");
            }
        }
    }

    /** @return how many bytes were skipped, fewer only at the end of the stream */
    private static long skip(InputStream in, long count) throws IOException {
        byte[] buffer = new byte[(int) Math.min(count, 8192)];
        long skipped = 0;
        while (skipped < count) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, count - skipped));
            if (n < 0) {
                break;
            }
            skipped += n;
        }
        return skipped;
    }

    private IOException truncated(String where) {
        return new IOException("the tar archive ends early, at byte " + position + " " + where + ": it was cut off");
    }
}
