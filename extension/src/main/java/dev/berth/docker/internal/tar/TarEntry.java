package dev.berth.docker.internal.tar;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One tar archive entry as Berth reads and writes it: the header after any PAX or GNU long-name extension has been
 * applied, so {@code name} and {@code linkName} are whole however they were stored.
 *
 * @param name     the entry's path as stored, directories usually with a trailing {@code /}
 * @param type     what the entry is
 * @param mode     the permission bits ({@code 07777}), without the file-type bits some writers add
 * @param size     the content's length in bytes; zero for entries without content
 * @param mtime    the modification time, to the second unless a PAX header gave a fraction
 * @param uid      the owner's numeric id
 * @param gid      the group's numeric id
 * @param linkName a link's target, {@code ""} for other entries
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record TarEntry(String name, Type type, int mode, long size, Instant mtime, long uid, long gid, String linkName) {

    /** The kinds of entry; {@link #OTHER} stands for kinds Berth neither writes nor extracts (e.g. GNU sparse files). */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public enum Type {
        FILE, DIRECTORY, SYMBOLIC_LINK, HARD_LINK, CHARACTER_DEVICE, BLOCK_DEVICE, FIFO, OTHER
    }

    public TarEntry {
        if (size < 0) {
            throw new IllegalArgumentException("a tar entry's size cannot be negative, but [" + name + "] has " + size);
        }
        mode &= 07777;
    }

    /** A regular file with {@code size} bytes of content to follow, owned by 0:0. */
    public static TarEntry file(String name, long size, int mode, Instant mtime) {
        return new TarEntry(name, Type.FILE, mode, size, mtime, 0, 0, "");
    }

    /** A directory, owned by 0:0; its name gets a trailing {@code /} when written. */
    public static TarEntry directory(String name, int mode, Instant mtime) {
        return new TarEntry(name, Type.DIRECTORY, mode, 0, mtime, 0, 0, "");
    }

    /** A symbolic link to {@code target}, mode {@code 0777}, owned by 0:0. */
    public static TarEntry symbolicLink(String name, String target, Instant mtime) {
        return new TarEntry(name, Type.SYMBOLIC_LINK, 0777, 0, mtime, 0, 0, target);
    }

    /** @return a copy owned by {@code uid}:{@code gid} */
    public TarEntry withOwner(long uid, long gid) {
        return new TarEntry(name, type, mode, size, mtime, uid, gid, linkName);
    }

    public boolean isFile() {
        return type == Type.FILE;
    }

    public boolean isDirectory() {
        return type == Type.DIRECTORY;
    }

    public boolean isSymbolicLink() {
        return type == Type.SYMBOLIC_LINK;
    }

    public boolean isHardLink() {
        return type == Type.HARD_LINK;
    }
}
