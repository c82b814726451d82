package dev.berth.docker;

import dev.berth.PathStat;
import dev.berth.docker.internal.EngineApi;
import dev.berth.docker.internal.http.HttpResponse;
import dev.berth.docker.internal.http.RequestBody;
import dev.berth.docker.internal.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.apiguardian.api.API;

/**
 * {@code ArchiveApi} is the archive endpoints of the Engine API ({@code /containers/{id}/archive}): files in and
 * out of containers as tar streams, and the stat of a path. Obtain it from {@link DockerClient#archives()}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
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
        try (HttpResponse r = engine.call("HEAD", "/containers/" + containerId + "/archive").query("path", path).send()) {
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
        HttpResponse r = engine.call("GET", "/containers/" + containerId + "/archive").query("path", path).send();
        return new Archive(decodeStat(r.header("X-Docker-Container-Path-Stat")), r);
    }

    /**
     * Extracts a tar stream into a directory ({@code PUT /containers/{id}/archive}). The directory must exist.
     *
     * @param containerId the container
     * @param directory an existing directory inside it
     * @param tar the archive, streamed (chunked) to the engine
     * @param noOverwriteDirNonDir refuse to replace a directory with a non-directory and vice versa
     * @param copyUidGid take ownership from the archive's uid/gid (numeric owners as given)
     */
    public void put(String containerId, String directory, InputStream tar, boolean noOverwriteDirNonDir, boolean copyUidGid) {
        put(containerId, directory, RequestBody.stream(tar, "application/x-tar"), noOverwriteDirNonDir, copyUidGid);
    }

    /** Extracts a tar archive written on the fly by {@code writer}. */
    public void put(String containerId, String directory, RequestBody.BodyWriter writer, boolean noOverwriteDirNonDir, boolean copyUidGid) {
        put(containerId, directory, RequestBody.writer(writer, "application/x-tar"), noOverwriteDirNonDir, copyUidGid);
    }

    /** Extracts an in-memory tar archive (sent with its length). */
    public void put(String containerId, String directory, byte[] tar, boolean noOverwriteDirNonDir, boolean copyUidGid) {
        put(containerId, directory, RequestBody.bytes(tar, "application/x-tar"), noOverwriteDirNonDir, copyUidGid);
    }

    private void put(String containerId, String directory, RequestBody body, boolean noOverwriteDirNonDir, boolean copyUidGid) {
        engine.call("PUT", "/containers/" + containerId + "/archive").query("path", directory)
                .flag("noOverwriteDirNonDir", noOverwriteDirNonDir).flag("copyUIDGID", copyUidGid)
                .body(body).discard();
    }

    /**
     * Decodes the {@code X-Docker-Container-Path-Stat} header: base64 JSON with the Go {@code os.FileMode}.
     *
     * @param header the header's value
     * @return the stat
     */
    public static PathStat decodeStat(String header) {
        if (header == null || header.isEmpty()) {
            throw new IllegalStateException("the engine sent no X-Docker-Container-Path-Stat header");
        }
        JsonNode node = Json.tree(new String(Base64.getDecoder().decode(header.trim()), StandardCharsets.UTF_8));
        long goMode = node.path("mode").asLong();
        int mode = (int) goMode;
        String mtime = node.path("mtime").asText("");
        Instant modified = mtime.isEmpty() ? Instant.EPOCH : OffsetDateTime.parse(mtime).toInstant();
        return new PathStat(node.path("name").asText(), node.path("size").asLong(), mode & 0777,
                (mode & GO_MODE_DIR) != 0, (mode & GO_MODE_SYMLINK) != 0, modified, node.path("linkTarget").asText(""));
    }

    /**
     * {@code Archive} is a path's tar stream from a container, with its stat. Must be closed.
     */
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
}
