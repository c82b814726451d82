package dev.berth.internal.container;

import dev.berth.ContainerFileException;
import dev.berth.ContainerNotRunningException;
import dev.berth.ExecResult;
import dev.berth.NoSuchContainerException;
import dev.berth.NoSuchContainerPathException;
import dev.berth.PathStat;
import dev.berth.docker.ArchiveApi;
import dev.berth.docker.DockerClient;
import dev.berth.docker.DockerException;
import dev.berth.docker.NotFoundException;
import dev.berth.docker.internal.tar.TarEntry;
import dev.berth.docker.internal.tar.TarExtractor;
import dev.berth.docker.internal.tar.TarReader;
import dev.berth.docker.internal.tar.UploadArchives;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Files in and out of one container through the archive endpoints. Uploads create missing parent directories
 * by extracting at the deepest existing ancestor (never at {@code /}, which fails on read-only root
 * filesystems); downloads stream and extract safely.
 */
final class ContainerFiles {

    private static final int MAX_SYMLINK_HOPS = 8;

    private final DockerClient docker;
    private final ContainerDescription container;
    private final InContainerTar inside;

    /**
     * @param tmpfsMounts the container's tmpfs mounts ({@code /path} or {@code /path:options}): files under them go
     *                    through tar inside the container, as the archive endpoints cannot see them
     */
    ContainerFiles(DockerClient docker, ContainerDescription container, List<String> tmpfsMounts) {
        this.docker = docker;
        this.container = container;
        this.inside = new InContainerTar(docker, container.id(), tmpfsMounts);
    }

    void putFile(String containerPath, byte[] content, int mode) {
        String path = absolute(containerPath);
        upload(path, (out, dirs, name) -> UploadArchives.writeFile(out, dirs, name, content, mode), true);
    }

    void copyToContainer(Path host, String containerPath) {
        String path = absolute(containerPath);
        if (!Files.exists(host)) {
            throw new ContainerFileException("Cannot copy [" + host + "] into container " + container + " at [" + path
                    + "]: the host path does not exist.");
        }
        upload(path, (out, dirs, name) -> UploadArchives.writeHostPath(out, dirs, host, name), false);
    }

    /** Writes a tar with the missing {@code dirs} then the entry {@code name}, relative to the extraction point. */
    @FunctionalInterface
    interface ArchiveContent {
        void write(OutputStream out, List<String> dirs, String name) throws IOException;
    }

    private void upload(String path, ArchiveContent content, boolean tryDirect) {
        String parent = parentOf(path);
        String name = path.substring(path.lastIndexOf('/') + 1);
        String tmpfs = inside.tmpfsOf(path);
        if (tmpfs != null) {
            uploadByExec(path, parent, name, content, "the engine's uploads cannot reach its tmpfs mount [" + tmpfs + "]");
            return;
        }
        try {
            if (tryDirect) {
                try {
                    put(parent, List.of(), name, content);
                    return;
                } catch (NotFoundException e) {
                    if (isContainerGone(e)) {
                        throw gone(e, "write", path);
                    }
                    // the parent does not exist: created below
                }
            }
            // extract at the deepest existing ancestor, with the missing directories in the archive
            List<String> missing = new ArrayList<>();
            String ancestor = parent;
            while (!exists(ancestor)) {
                missing.add(ancestor.substring(ancestor.lastIndexOf('/') + 1));
                ancestor = parentOf(ancestor);
            }
            Collections.reverse(missing);
            List<String> dirs = new ArrayList<>();
            StringBuilder prefix = new StringBuilder();
            for (String dir : missing) {
                prefix.append(prefix.length() == 0 ? "" : "/").append(dir);
                dirs.add(prefix.toString());
            }
            put(ancestor, dirs, prefix.length() == 0 ? name : prefix + "/" + name, content);
        } catch (NotFoundException e) {
            throw isContainerGone(e) ? gone(e, "write", path) : writeFailure(path, e);
        } catch (DockerException e) {
            if (String.valueOf(e.engineMessage()).contains("read-only")) {
                uploadByExec(path, parent, name, content, "the engine refuses uploads on its read-only root filesystem ("
                        + e.engineMessage() + ")");
                return;
            }
            throw writeFailure(path, e);
        }
    }

    /**
     * The engine refuses archive uploads anywhere on a read-only root filesystem, tmpfs mounts included, and writes
     * uploads to a tmpfs path beneath the mount; there, the archive is unpacked by {@code tar} inside the container
     * instead, which needs {@code sh} and {@code tar}.
     */
    private void uploadByExec(String path, String parent, String name, ArchiveContent content, String why) {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try {
            content.write(tar, List.of(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecResult r;
        try {
            r = inside.extract(parent, tar.toByteArray());
        } catch (NotFoundException e) {
            throw gone(e, "write", path);
        } catch (DockerException e) {
            throw new ContainerNotRunningException("Cannot write [" + path + "] in container " + container + ": " + why + ", and unpacking"
                    + " with sh and tar inside the container needs it running, but the engine answered: " + e.engineMessage()
                    + ". Write files before the container stops, or mount a volume at the target.", e);
        }
        if (r.exitCode() != 0) {
            throw new ContainerFileException("Cannot write [" + path + "] in container " + container + ": " + why + ", and unpacking"
                    + " with sh and tar inside the container failed with exit code " + r.exitCode() + ": " + r.stderr().strip()
                    + ". Mount a volume at the target, or write to a writable path.");
        }
    }

    private ContainerFileException writeFailure(String path, DockerException e) {
        return new ContainerFileException("Cannot write [" + path + "] in container " + container + ": " + e.engineMessage()
                + ". Check that the path is writable (not on a read-only root filesystem; mount a tmpfs there if needed).", e);
    }

    private void put(String directory, List<String> dirs, String name, ArchiveContent content) {
        docker.archives().put(container.id(), directory, (ArchiveApi.TarWriter) out -> content.write(out, dirs, name), false, false);
    }

    private boolean exists(String path) {
        if (path.equals("/")) {
            return true;
        }
        try {
            docker.archives().stat(container.id(), path);
            return true;
        } catch (NotFoundException e) {
            if (isContainerGone(e)) {
                throw gone(e, "write", path);
            }
            return false;
        }
    }

    PathStat stat(String containerPath) {
        String path = absolute(containerPath);
        if (inside.tmpfsOf(path) != null) {
            try (TarReader tar = new TarReader(readInside(path, "read"))) {
                TarEntry e = tar.nextEntry();
                if (e == null) {
                    throw new ContainerFileException("Cannot read [" + path + "] in container " + container + ": tar inside the container sent an empty archive.");
                }
                return new PathStat(path.substring(path.lastIndexOf('/') + 1), e.size(), e.mode() & 0777, e.isDirectory(),
                        e.isSymbolicLink(), e.mtime(), e.isSymbolicLink() ? e.linkName() : "");
            } catch (IOException e) {
                throw new UncheckedIOException("Reading [" + path + "] from container " + container + " failed: " + e.getMessage(), e);
            }
        }
        try {
            return docker.archives().stat(container.id(), path);
        } catch (NotFoundException e) {
            throw noSuchPath(e, path);
        }
    }

    byte[] readFileBytes(String containerPath) {
        String path = absolute(containerPath);
        for (int hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
            try (InputStream archive = openTar(path)) {
                TarReader tar = new TarReader(archive);
                TarEntry entry = tar.nextEntry();
                if (entry == null) {
                    throw new ContainerFileException("Cannot read [" + path + "] in container " + container + ": the engine sent an empty archive.");
                }
                if (entry.isDirectory()) {
                    throw new ContainerFileException("Cannot read [" + path + "] in container " + container
                            + " as a file: it is a directory. Use copyFromContainer(\"" + path + "\", hostDir) to copy a directory tree.");
                }
                if (entry.isSymbolicLink()) {
                    String target = entry.linkName();
                    path = target.startsWith("/") ? target : normalize(parentOf(path) + "/" + target);
                    continue;
                }
                return tar.readAllBytes();
            } catch (NotFoundException e) {
                throw noSuchPath(e, path);
            } catch (IOException e) {
                throw new UncheckedIOException("Reading [" + path + "] from container " + container + " failed: " + e.getMessage(), e);
            }
        }
        throw new ContainerFileException("Cannot read [" + containerPath + "] in container " + container + ": more than "
                + MAX_SYMLINK_HOPS + " symbolic links in a row.");
    }

    void copyFromContainer(String containerPath, Path hostPath) {
        String path = absolute(containerPath);
        try (InputStream archive = openTar(path)) {
            TarExtractor.extract(archive, hostPath);
        } catch (NotFoundException e) {
            throw noSuchPath(e, path);
        } catch (TarExtractor.UnsafeEntryException e) {
            throw new ContainerFileException("Refused to copy [" + path + "] from container " + container + " to [" + hostPath
                    + "]: " + e.getMessage() + ". The archive tried to write outside the destination.", e);
        } catch (IOException e) {
            throw new ContainerFileException("Cannot copy [" + path + "] from container " + container + " to [" + hostPath + "]: "
                    + e.getMessage() + ". Copy to a host path that does not exist yet, or to one of the same kind (a directory"
                    + " for a directory, a file for a file) that this process may write.", e);
        }
    }

    /** @return the path's archive: from the engine, or from tar inside the container for a tmpfs path */
    private InputStream openTar(String path) {
        if (inside.tmpfsOf(path) != null) {
            return readInside(path, "read");
        }
        ArchiveApi.Archive archive = docker.archives().get(container.id(), path);
        return new FilterInputStream(archive.tar()) {
            @Override
            public void close() {
                archive.close();
            }
        };
    }

    private InputStream readInside(String path, String verb) {
        ExecResult r;
        try {
            r = inside.create(path);
        } catch (NotFoundException e) {
            throw gone(e, verb, path);
        } catch (DockerException e) {
            throw new ContainerNotRunningException("Cannot " + verb + " [" + path + "] in container " + container + ": it is on the tmpfs mount ["
                    + inside.tmpfsOf(path) + "], which only tar inside the running container can see, but the engine answered: "
                    + e.engineMessage() + ". Read it before the container stops.", e);
        }
        if (r.exitCode() != 0) {
            if (r.stderr().contains("No such file or directory")) {
                throw new NoSuchContainerPathException(path, "Path [" + path + "] does not exist in container " + container
                        + ". Check the path, e.g. with exec(\"ls\", \"-la\", \"" + parentOf(path) + "\").");
            }
            throw new ContainerFileException("Cannot " + verb + " [" + path + "] in container " + container + ": it is on the tmpfs mount ["
                    + inside.tmpfsOf(path) + "], read with tar inside the container, which failed with exit code " + r.exitCode()
                    + ": " + r.stderr().strip() + ". The image needs tar for this.");
        }
        return new ByteArrayInputStream(r.stdoutBytes());
    }

    private RuntimeException noSuchPath(NotFoundException e, String path) {
        if (isContainerGone(e)) {
            return gone(e, "read", path);
        }
        return new NoSuchContainerPathException(path, "Path [" + path + "] does not exist in container " + container
                + ". Check the path, e.g. with exec(\"ls\", \"-la\", \"" + parentOf(path) + "\").");
    }

    private NoSuchContainerException gone(DockerException e, String verb, String path) {
        return new NoSuchContainerException("Cannot " + verb + " [" + path + "]: container " + container
                + " no longer exists (removed from outside the test?). Engine: " + e.engineMessage(), e);
    }

    /**
     * Tells a missing container from a missing path. A 404 to a {@code HEAD} (stat) carries no message, so then the
     * container itself is looked up.
     */
    private boolean isContainerGone(DockerException e) {
        String m = String.valueOf(e.engineMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("no such container") || m.contains("no container with name or id")) {
            return true;
        }
        if (!m.isBlank()) {
            return false;
        }
        try {
            docker.containers().inspect(container.id());
            return false;
        } catch (NotFoundException gone) {
            return true;
        }
    }

    private String absolute(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("A container path must be absolute, e.g. \"/tmp/file\", but was [" + path
                    + "] (container " + container + ")");
        }
        String normalized = normalize(path);
        return normalized.length() > 1 && normalized.endsWith("/") ? normalized.substring(0, normalized.length() - 1) : normalized;
    }

    static String normalize(String path) {
        return Path.of(path).normalize().toString().replace('\\', '/');
    }

    static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
