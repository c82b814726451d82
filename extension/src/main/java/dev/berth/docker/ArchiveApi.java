package dev.berth.docker;

import dev.berth.PathStat;
import dev.berth.docker.internal.EngineApi;
import dev.berth.docker.internal.UrlEncoding;
import dev.berth.docker.internal.http.HttpResponse;
import dev.berth.docker.internal.http.RequestBody;
import dev.berth.docker.internal.json.Json;
import dev.berth.docker.model.FileChange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code ArchiveApi} moves files in and out of containers as tar streams and describes them: the archive
 * endpoints of the Engine API ({@code /containers/{id}/archive}), plus a container's filesystem changes and its
 * whole filesystem as a tar ({@code /changes}, {@code /export}). Obtain it from {@link DockerClient#archives()}.
 * Thread-safe.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @see <a href="https://docs.docker.com/reference/api/engine/version/v1.41/#operation/ContainerArchive">Engine API: ContainerArchive</a>
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ArchiveApi {

    private static final int GO_MODE_DIR = 1 << 31;
    private static final int GO_MODE_SYMLINK = 1 << 27;

    private final EngineApi engine;

    ArchiveApi(EngineApi engine) {
        this.engine = engine;
    }

    /**
     * Describes a path ({@code HEAD /containers/{id}/archive}).
     *
     * @param containerId the container
     * @param path an absolute path inside it
     * @return its stat
     * @throws NotFoundException when the path (or container) does not exist
     */
    public PathStat stat(String containerId, String path) {
        try (HttpResponse r = engine.call("HEAD", "/containers/" + UrlEncoding.segment(containerId) + "/archive").query("path", path).send()) {
            return decodeStat(r.header("X-Docker-Container-Path-Stat"));
        }
    }

    /**
     * Opens a path as a tar stream ({@code GET /containers/{id}/archive}). The result must be closed; read it
     * incrementally, it is not buffered.
     *
     * @param containerId the container
     * @param path an absolute path inside it
     * @return the stat and the tar stream
     * @throws NotFoundException when the path does not exist
     */
    public Archive get(String containerId, String path) {
        HttpResponse r = engine.call("GET", "/containers/" + UrlEncoding.segment(containerId) + "/archive").query("path", path).send();
        return new Archive(decodeStat(r.header("X-Docker-Container-Path-Stat")), r);
    }

    /**
     * Extracts a tar stream into a directory ({@code PUT /containers/{id}/archive}). The directory must exist.
     *
     * @param containerId the container
     * @param directory an existing directory inside it
     * @param tar the archive, streamed (chunked) to the engine
     * @param noOverwriteDirNonDir refuse to replace a directory with a non-directory and vice versa
     * @param copyUidGid give the files to the container's user (its uid and gid) instead of the archive's owners;
     *                   for a container that runs as root the archive's owners stay either way
     */
    public void put(String containerId, String directory, InputStream tar, boolean noOverwriteDirNonDir, boolean copyUidGid) {
        put(containerId, directory, RequestBody.stream(tar, "application/x-tar"), noOverwriteDirNonDir, copyUidGid);
    }

    /**
     * Extracts a tar archive written on the fly by {@code writer}, streamed (chunked) as it is written.
     *
     * @param containerId the container
     * @param directory an existing directory inside it
     * @param writer writes the archive
     * @param noOverwriteDirNonDir refuse to replace a directory with a non-directory and vice versa
     * @param copyUidGid give the files to the container's user instead of the archive's owners
     */
    public void put(String containerId, String directory, TarWriter writer, boolean noOverwriteDirNonDir, boolean copyUidGid) {
        put(containerId, directory, RequestBody.writer(writer::writeTo, "application/x-tar"), noOverwriteDirNonDir, copyUidGid);
    }

    /**
     * Lists what differs between a container's filesystem and its image ({@code GET /containers/{id}/changes}).
     *
     * @param containerId the container
     * @return the changed paths, in the engine's order; empty when nothing changed
     */
    public List<FileChange> changes(String containerId) {
        Object answer = engine.call("GET", "/containers/" + UrlEncoding.segment(containerId) + "/changes").tree();
        List<FileChange> changes = new ArrayList<>();
        if (answer instanceof List<?>) {
            for (Change c : Json.bind(answer, Change[].class)) {
                changes.add(new FileChange(c.path(), FileChange.Kind.of(c.kind())));
            }
        }
        return List.copyOf(changes);
    }

    /**
     * Exports a container's whole filesystem as a tar stream ({@code GET /containers/{id}/export}), read as it
     * arrives.
     *
     * @param containerId the container
     * @return the tar stream; must be closed
     */
    public InputStream export(String containerId) {
        return engine.call("GET", "/containers/" + UrlEncoding.segment(containerId) + "/export").send().bodyClosingResponse();
    }

    /**
     * {@code TarWriter} writes a tar archive to the engine as it is produced, for
     * {@link #put(String, String, TarWriter, boolean, boolean)}.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    @FunctionalInterface
    public interface TarWriter {
        /**
         * Writes the archive.
         *
         * @param out where the tar goes; not to be closed
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Extracts an in-memory tar archive, sent with its length.
     *
     * @param containerId the container
     * @param directory an existing directory inside it
     * @param tar the archive
     * @param noOverwriteDirNonDir refuse to replace a directory with a non-directory and vice versa
     * @param copyUidGid give the files to the container's user instead of the archive's owners
     */
    public void put(String containerId, String directory, byte[] tar, boolean noOverwriteDirNonDir, boolean copyUidGid) {
        put(containerId, directory, RequestBody.bytes(tar, "application/x-tar"), noOverwriteDirNonDir, copyUidGid);
    }

    private void put(String containerId, String directory, RequestBody body, boolean noOverwriteDirNonDir, boolean copyUidGid) {
        engine.call("PUT", "/containers/" + UrlEncoding.segment(containerId) + "/archive").query("path", directory)
                .flag("noOverwriteDirNonDir", noOverwriteDirNonDir).flag("copyUIDGID", copyUidGid)
                .body(body).discard();
    }

    /**
     * Decodes the {@code X-Docker-Container-Path-Stat} header: base64 JSON with the Go {@code os.FileMode}.
     *
     * @param header the header's value
     * @return the stat
     */
    static PathStat decodeStat(String header) {
        if (header == null || header.isEmpty()) {
            throw new IllegalStateException("the engine sent no X-Docker-Container-Path-Stat header");
        }
        Stat stat = Json.read(Base64.getDecoder().decode(header.trim()), Stat.class);
        int mode = (int) stat.mode();
        String mtime = stat.mtime() == null ? "" : stat.mtime();
        Instant modified = mtime.isEmpty() ? Instant.EPOCH : OffsetDateTime.parse(mtime).toInstant();
        return new PathStat(stat.name() == null ? "" : stat.name(), stat.size(), mode & 0777, (mode & GO_MODE_DIR) != 0,
                (mode & GO_MODE_SYMLINK) != 0, modified, stat.linkTarget() == null ? "" : stat.linkTarget());
    }

    /**
     * {@code Archive} is a path's tar stream from a container, with its stat. Must be closed.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public static final class Archive implements AutoCloseable {
        private final PathStat stat;
        private final HttpResponse response;

        Archive(PathStat stat, HttpResponse response) {
            this.stat = stat;
            this.response = response;
        }

        /** @return the stat of the requested path */
        public PathStat stat() {
            return stat;
        }

        /** @return the tar stream, read as it arrives */
        public InputStream tar() {
            return response.body();
        }

        @Override
        public void close() {
            response.close();
        }
    }

    /** One item of {@code GET /containers/{id}/changes}: {@code Kind} 0 modified, 1 added, 2 deleted. */
    private record Change(String path, int kind) {
    }

    /** The {@code X-Docker-Container-Path-Stat} header's JSON; {@code mode} is Go's {@code os.FileMode}. */
    private record Stat(String name, long size, long mode, String mtime, String linkTarget) {
    }
}
