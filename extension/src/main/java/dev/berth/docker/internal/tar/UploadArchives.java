package dev.berth.docker.internal.tar;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Writes tar archives for uploads and build contexts, streaming: in-memory files, and host files or directory
 * trees with their modes and modification times (symbolic links kept as links).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class UploadArchives {

    private UploadArchives() {
    }

    /**
     * Writes directories then one file: {@code dirs} are relative paths (e.g. {@code www}, {@code www/a}) created
     * with mode 0755, then {@code file} (relative) with {@code content} and {@code mode}.
     */
    public static void writeFile(OutputStream out, List<String> dirs, String file, byte[] content, int mode) throws IOException {
        TarOutput tar = new TarOutput(out);
        Instant now = Instant.now();
        putDirectories(tar, dirs, now);
        tar.put(TarEntry.file(file, content.length, mode, now), content);
        tar.finish();
    }

    /**
     * Writes directories, then a host file or directory tree under the name {@code name}.
     */
    public static void writeHostPath(OutputStream out, List<String> dirs, Path host, String name) throws IOException {
        TarOutput tar = new TarOutput(out);
        putDirectories(tar, dirs, Instant.now());
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

    /**
     * Writes {@code folder}'s content, its own name not part of the entries (a build context), in sorted order.
     */
    public static void writeFolder(Path folder, OutputStream out) throws IOException {
        TarOutput tar = new TarOutput(out);
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(p -> !p.equals(folder)).sorted().toList();
        }
        for (Path p : paths) {
            add(tar, p, folder.relativize(p).toString().replace('\\', '/'));
        }
        tar.finish();
    }

    private static void putDirectories(TarOutput tar, List<String> dirs, Instant mtime) throws IOException {
        for (String dir : dirs) {
            tar.put(TarEntry.directory(dir, 0755, mtime));
        }
    }

    private static void add(TarOutput tar, Path p, String name) throws IOException {
        if (Files.isSymbolicLink(p)) {
            tar.put(TarEntry.symbolicLink(name, Files.readSymbolicLink(p).toString(), Instant.now()));
            return;
        }
        boolean dir = Files.isDirectory(p);
        Instant mtime = Files.getLastModifiedTime(p).toInstant();
        if (dir) {
            tar.put(TarEntry.directory(name, mode(p, true), mtime));
            return;
        }
        try (InputStream in = Files.newInputStream(p)) {
            tar.put(TarEntry.file(name, Files.size(p), mode(p, false), mtime), in);
        }
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
}
