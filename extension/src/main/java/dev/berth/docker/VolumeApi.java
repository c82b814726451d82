package dev.berth.docker;

import dev.berth.docker.internal.EngineApi;
import dev.berth.docker.internal.UrlEncoding;
import dev.berth.docker.model.PruneResult;
import dev.berth.docker.model.Volume;
import dev.berth.docker.model.VolumeConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code VolumeApi} creates and removes volumes: the volume endpoints of the Engine API ({@code /volumes/...}).
 * Obtain it from {@link DockerClient#volumes()}. Thread-safe.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @since 0.1.0
 * @see <a href="https://docs.docker.com/reference/api/engine/version/v1.41/#tag/Volume">Engine API: Volume</a>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class VolumeApi {

    private final EngineApi engine;

    VolumeApi(EngineApi engine) {
        this.engine = engine;
    }

    /**
     * Creates a volume ({@code POST /volumes/create}). Creating a volume whose name exists with the same driver
     * returns the existing one.
     *
     * @param config what to create
     * @return the volume
     */
    public Volume create(VolumeConfig config) {
        Map<String, Object> body = new LinkedHashMap<>();
        config.name().ifPresent(name -> body.put("Name", name));
        body.put("Driver", config.driver());
        body.put("DriverOpts", config.driverOpts());
        body.put("Labels", config.labels());
        return engine.call("POST", "/volumes/create").json(body).read(Volume.class);
    }

    /**
     * Inspects a volume ({@code GET /volumes/{name}}).
     *
     * @param name its name
     * @return what the engine reports
     * @throws NotFoundException when there is no such volume
     */
    public Volume inspect(String name) {
        return engine.call("GET", "/volumes/" + UrlEncoding.segment(name)).read(Volume.class);
    }

    /**
     * Lists volumes ({@code GET /volumes}).
     *
     * @param filters e.g. {@code label -> [a=b]}, {@code name -> [data]}, {@code dangling -> [true]}
     * @return the volumes
     */
    public List<Volume> list(Map<String, List<String>> filters) {
        Volumes answer = engine.call("GET", "/volumes").filters(filters).read(Volumes.class);
        return answer.volumes() == null ? List.of() : List.copyOf(answer.volumes());
    }

    /**
     * Removes a volume ({@code DELETE /volumes/{name}}).
     *
     * @param name its name
     * @param force remove it even when it is in use (the engine still refuses for a running container's volume)
     * @throws NotFoundException when there is no such volume
     * @throws ConflictException when a container uses it
     */
    public void remove(String name, boolean force) {
        engine.call("DELETE", "/volumes/" + UrlEncoding.segment(name)).flag("force", force).discard();
    }

    /**
     * Removes volumes no container uses that match the filters ({@code POST /volumes/prune}). From API 1.42 on,
     * only anonymous volumes unless the filters say {@code all=true}.
     *
     * @param filters e.g. {@code label -> [dev.berth.session=abc]}
     * @return the removed volumes' names and the space freed
     */
    public PruneResult prune(Map<String, List<String>> filters) {
        Pruned answer = engine.call("POST", "/volumes/prune").filters(filters).read(Pruned.class);
        return new PruneResult(answer.volumesDeleted() == null ? List.of() : answer.volumesDeleted(), answer.spaceReclaimed());
    }

    /** The answer of {@code GET /volumes}. */
    private record Volumes(List<Volume> volumes) {
    }

    /** The answer of {@code POST /volumes/prune}. */
    private record Pruned(List<String> volumesDeleted, long spaceReclaimed) {
    }
}
