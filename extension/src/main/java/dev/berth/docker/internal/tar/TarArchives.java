package dev.berth.docker.internal.tar;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes a folder as a tar archive (a build context): entries named relative to the folder, in a stable order,
 * with their permission bits, symbolic links kept as links.
 */
public final class TarArchives {

    private TarArchives() {
    }

    /**
     * Writes {@code folder}'s content to {@code out} (which is not closed).
     *
     * @param folder the folder; its own name is not part of the entries
     * @param out where the tar goes
     * @throws IOException when a file cannot be read
     */
    public static void writeFolder(Path folder, OutputStream out) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new NonClosing(out));
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(p -> !p.equals(folder)).sorted().toList();
        }
        for (Path path : paths) {
            String name = folder.relativize(path).toString().replace('\\', '/');
            TarArchiveEntry entry;
            if (Files.isSymbolicLink(path)) {
                entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
                entry.setLinkName(Files.readSymbolicLink(path).toString());
            } else if (Files.isDirectory(path)) {
                entry = new TarArchiveEntry(name + "/");
            } else {
                entry = new TarArchiveEntry(name);
                entry.setSize(Files.size(path));
            }
            entry.setMode(entry.getMode() & ~0777 | mode(path));
            entry.setModTime(Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis());
            tar.putArchiveEntry(entry);
            if (entry.isFile()) {
                Files.copy(path, tar);
            }
            tar.closeArchiveEntry();
        }
        tar.finish();
        tar.flush();
    }

    private static int mode(Path path) throws IOException {
        try {
            PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return bits(attributes.permissions());
        } catch (UnsupportedOperationException notPosix) {
            return Files.isDirectory(path) ? 0755 : Files.isExecutable(path) ? 0755 : 0644;
        }
    }

    static int bits(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 1 << (8 - p.ordinal());
        }
        return mode;
    }

    /** Keeps the caller's stream open when the archive is finished. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
