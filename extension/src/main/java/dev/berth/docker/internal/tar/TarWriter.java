package dev.berth.docker.internal.tar;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes tar archives for uploads and build contexts, streaming: in-memory files, and host files or directory
 * trees with their modes and modification times (symbolic links kept as links).
 */
public final class TarWriter {

    private TarWriter() {
    }

    /**
     * Writes directories then one file: {@code dirs} are relative paths (e.g. {@code www}, {@code www/a}) created
     * with mode 0755, then {@code file} (relative) with {@code content} and {@code mode}.
     */
    public static void writeFile(OutputStream out, List<String> dirs, String file, byte[] content, int mode) throws IOException {
        try (TarArchiveOutputStream tar = open(out)) {
            for (String dir : dirs) {
                TarArchiveEntry entry = new TarArchiveEntry(dir.endsWith("/") ? dir : dir + "/");
                entry.setMode(040755);
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            }
            TarArchiveEntry entry = new TarArchiveEntry(file);
            entry.setMode(0100000 | (mode & 07777));
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
            tar.finish();
        }
    }

    /**
     * Writes directories, then a host file or directory tree under the name {@code name}.
     */
    public static void writeHostPath(OutputStream out, List<String> dirs, Path host, String name) throws IOException {
        try (TarArchiveOutputStream tar = open(out)) {
            for (String dir : dirs) {
                TarArchiveEntry entry = new TarArchiveEntry(dir.endsWith("/") ? dir : dir + "/");
                entry.setMode(040755);
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            }
            if (Files.isDirectory(host, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(host)) {
                    for (Path p : (Iterable<Path>) walk::iterator) {
                        String relative = host.relativize(p).toString().replace('\\', '/');
                        add(tar, p, relative.isEmpty() ? name : name + "/" + relative);
                    }
                }
            } else {
                add(tar, host, name);
            }
            tar.finish();
        }
    }

    /**
     * Writes {@code folder}'s content, its own name not part of the entries (a build context), in sorted order.
     */
    public static void writeFolder(Path folder, OutputStream out) throws IOException {
        try (TarArchiveOutputStream tar = open(out)) {
            java.util.List<Path> paths;
            try (Stream<Path> walk = Files.walk(folder)) {
                paths = walk.filter(p -> !p.equals(folder)).sorted().toList();
            }
            for (Path p : paths) {
                add(tar, p, folder.relativize(p).toString().replace('\\', '/'));
            }
            tar.finish();
        }
    }

    private static void add(TarArchiveOutputStream tar, Path p, String name) throws IOException {
        if (Files.isSymbolicLink(p)) {
            TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
            entry.setLinkName(Files.readSymbolicLink(p).toString());
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
            return;
        }
        boolean dir = Files.isDirectory(p);
        TarArchiveEntry entry = new TarArchiveEntry(dir ? name + "/" : name);
        entry.setMode((dir ? 040000 : 0100000) | mode(p, dir));
        entry.setModTime(Files.getLastModifiedTime(p).toMillis());
        if (dir) {
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
            return;
        }
        entry.setSize(Files.size(p));
        tar.putArchiveEntry(entry);
        try (InputStream in = Files.newInputStream(p)) {
            in.transferTo(tar);
        }
        tar.closeArchiveEntry();
    }

    private static int mode(Path p, boolean dir) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        if (view == null) {
            return dir ? 0755 : (Files.isExecutable(p) ? 0755 : 0644);
        }
        Set<PosixFilePermission> perms = view.readAttributes().permissions();
        int mode = 0;
        for (PosixFilePermission perm : perms) {
            mode |= 1 << (8 - perm.ordinal());
        }
        return mode;
    }

    private static TarArchiveOutputStream open(OutputStream out) {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new NonClosingOutputStream(out));
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return tar;
    }

    /** Lets the tar stream be closed without closing the connection underneath. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
