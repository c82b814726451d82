package dev.berth.docker.internal.tar;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Extracts tar streams from the engine onto the host, safely: no entry may write outside the destination
 * ({@code ..}, absolute names, and symbolic or hard links pointing outside are refused), and device files and
 * FIFOs are refused. Streams; nothing is buffered whole.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TarExtractor {

    private TarExtractor() {
    }

    /** A refused archive entry. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public static final class UnsafeEntryException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsafeEntryException(String message) {
            super(message);
        }
    }

    /**
     * Extracts an archive of one path (its entries named {@code base}, {@code base/...}) so that {@code base}
     * lands at {@code destination}.
     *
     * @param tar the archive
     * @param destination where the archived file or directory is written
     */
    public static void extract(InputStream tar, Path destination) throws IOException {
        Path target = destination.toAbsolutePath().normalize();
        TarReader in = new TarReader(tar);
        TarEntry entry;
        String base = null;
        while ((entry = in.nextEntry()) != null) {
            String name = entry.name();
            checkName(name);
            String stripped = stripTrailingSlash(name);
            if (base == null) {
                base = stripped.contains("/") ? stripped.substring(0, stripped.indexOf('/')) : stripped;
            }
            String rest = stripped.equals(base) ? "" : stripped.startsWith(base + "/") ? stripped.substring(base.length() + 1) : null;
            if (rest == null) {
                throw new UnsafeEntryException("archive entry [" + name + "] is outside the copied path [" + base + "]");
            }
            Path out = rest.isEmpty() ? target : target.resolve(rest).normalize();
            if (!out.startsWith(target)) {
                throw new UnsafeEntryException("archive entry [" + name + "] would be written outside [" + target + "]");
            }
            write(in, entry, out, target, base);
        }
        if (base == null) {
            throw new IOException("the archive is empty");
        }
    }

    private static void write(InputStream in, TarEntry entry, Path out, Path target, String base) throws IOException {
        if (entry.isDirectory()) {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("cannot copy directory onto [" + out + "]: it exists and is not a directory");
            }
            Files.createDirectories(out);
            setMode(out, entry.mode());
        } else if (entry.isSymbolicLink()) {
            Path link = out.getParent().resolve(entry.linkName()).normalize();
            if (Path.of(entry.linkName()).isAbsolute() || !link.startsWith(target)) {
                throw new UnsafeEntryException("archive entry [" + entry.name() + "] is a symbolic link to ["
                        + entry.linkName() + "], outside the destination [" + target + "]");
            }
            Files.createDirectories(out.getParent());
            Files.deleteIfExists(out);
            Files.createSymbolicLink(out, Path.of(entry.linkName()));
        } else if (entry.isHardLink()) {
            String linkName = stripTrailingSlash(entry.linkName());
            Path linked = linkName.equals(base) ? target
                    : linkName.startsWith(base + "/") ? target.resolve(linkName.substring(base.length() + 1)).normalize() : null;
            if (linked == null || !linked.startsWith(target)) {
                throw new UnsafeEntryException("archive entry [" + entry.name() + "] is a hard link to ["
                        + entry.linkName() + "], outside the destination [" + target + "]");
            }
            Files.createDirectories(out.getParent());
            Files.copy(linked, out, StandardCopyOption.REPLACE_EXISTING);
        } else if (entry.isFile()) {
            if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("cannot copy file onto [" + out + "]: it exists and is a directory");
            }
            Files.createDirectories(out.getParent());
            try (OutputStream file = Files.newOutputStream(out)) {
                in.transferTo(file);
            }
            setMode(out, entry.mode());
        } else {
            throw new UnsafeEntryException("archive entry [" + entry.name() + "] is a device file or FIFO; Berth does not create those on the host");
        }
    }

    static void checkName(String name) throws UnsafeEntryException {
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw new UnsafeEntryException("archive entry [" + name + "] has an absolute name");
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                throw new UnsafeEntryException("archive entry [" + name + "] contains \"..\"");
            }
        }
    }

    private static String stripTrailingSlash(String name) {
        String n = name.startsWith("./") ? name.substring(2) : name;
        return n.endsWith("/") ? n.substring(0, n.length() - 1) : n;
    }

    private static void setMode(Path p, int mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values();
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                perms.add(all[i]);
            }
        }
        try {
            Files.setPosixFilePermissions(p, perms);
        } catch (IOException | UnsupportedOperationException ignored) {
            // non-POSIX file systems keep their defaults
        }
    }
}
