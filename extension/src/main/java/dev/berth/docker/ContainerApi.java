package dev.berth.docker;

import dev.berth.docker.internal.EngineApi;
import dev.berth.docker.model.ContainerConfig;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.ContainerSummary;
import dev.berth.docker.model.CreatedContainer;
import dev.berth.docker.model.LogsOptions;
import dev.berth.docker.model.WaitCondition;
import dev.berth.docker.model.WaitResult;
import dev.berth.docker.internal.json.Json;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code ContainerApi} is the container endpoints of the Engine API ({@code /containers/...}). Obtain it from
 * {@link DockerClient#containers()}. Thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ContainerApi {

    private final EngineApi engine;

    ContainerApi(EngineApi engine) {
        this.engine = engine;
    }

    /**
     * Creates a container ({@code POST /containers/create}).
     *
     * @param config what to create
     * @return its id and the engine's warnings
     * @throws NotFoundException when the image is not present
     * @throws ConflictException when the name is in use
     */
    public CreatedContainer create(ContainerConfig config) {
        return engine.call("POST", "/containers/create")
                .query("name", config.name().orElse(null))
                .query("platform", config.platform().orElse(null))
                .json(config.toRequestBody())
                .read(CreatedContainer.class);
    }

    /** Starts a container ({@code POST /containers/{id}/start}); starting a running one is not an error. */
    public void start(String id) {
        start(id, null);
    }

    /**
     * Starts a container with a detach key sequence for later attaches.
     *
     * @param id the container
     * @param detachKeys e.g. {@code ctrl-p,ctrl-q}, or {@code null}
     */
    public void start(String id, String detachKeys) {
        try {
            engine.call("POST", "/containers/" + id + "/start").query("detachKeys", detachKeys).discard();
        } catch (NotModifiedException alreadyStarted) {
            // idempotent: the container runs
        }
    }

    /**
     * Stops a container ({@code POST /containers/{id}/stop}): its stop signal, then SIGKILL after the timeout.
     *
     * @param id the container
     * @param timeout how long to wait before killing
     */
    public void stop(String id, Duration timeout) {
        stop(id, timeout, null);
    }

    /**
     * Stops a container with a given signal (API 1.42+; older engines use the container's stop signal).
     *
     * @param id the container
     * @param timeout how long to wait before killing
     * @param signal the signal, or {@code null}
     */
    public void stop(String id, Duration timeout, String signal) {
        EngineApi.Call call = engine.call("POST", "/containers/" + id + "/stop").query("t", timeout.toSeconds());
        if (signal != null && EngineApi.compareVersions(engine.version(), "1.42") >= 0) {
            call.query("signal", signal);
        }
        try {
            call.discard();
        } catch (NotModifiedException alreadyStopped) {
            // idempotent
        }
    }

    /** Restarts a container ({@code POST /containers/{id}/restart}). */
    public void restart(String id, Duration timeout) {
        engine.call("POST", "/containers/" + id + "/restart").query("t", timeout.toSeconds()).discard();
    }

    /** Sends a signal ({@code POST /containers/{id}/kill}), e.g. {@code SIGHUP} or {@code 9}. */
    public void kill(String id, String signal) {
        engine.call("POST", "/containers/" + id + "/kill").query("signal", signal).discard();
    }

    /** Pauses a container ({@code POST /containers/{id}/pause}). */
    public void pause(String id) {
        engine.call("POST", "/containers/" + id + "/pause").discard();
    }

    /** Unpauses a container ({@code POST /containers/{id}/unpause}). */
    public void unpause(String id) {
        engine.call("POST", "/containers/" + id + "/unpause").discard();
    }

    /**
     * Blocks until the condition holds ({@code POST /containers/{id}/wait}); no polling.
     *
     * @param id the container
     * @param condition what to wait for
     * @return the exit code
     */
    public WaitResult waitFor(String id, WaitCondition condition) {
        return engine.call("POST", "/containers/" + id + "/wait").query("condition", condition.value()).read(WaitResult.class);
    }

    /**
     * Removes a container ({@code DELETE /containers/{id}}).
     *
     * @param id the container
     * @param removeVolumes also remove its anonymous volumes
     * @param force kill it first when it runs
     */
    public void remove(String id, boolean removeVolumes, boolean force) {
        engine.call("DELETE", "/containers/" + id).flag("v", removeVolumes).flag("force", force).discard();
    }

    /** Removes a link between containers ({@code DELETE /containers/{id}?link=true}). */
    public void removeLink(String id) {
        engine.call("DELETE", "/containers/" + id).flag("link", true).discard();
    }

    /**
     * Inspects a container ({@code GET /containers/{id}/json}).
     *
     * @param id the container
     * @return what the engine reports
     * @throws NotFoundException when it does not exist
     */
    public ContainerInspect inspect(String id) {
        return inspect(id, false);
    }

    /** Inspects a container, with its sizes when {@code size} is set. */
    public ContainerInspect inspect(String id, boolean size) {
        return engine.call("GET", "/containers/" + id + "/json").flag("size", size).read(ContainerInspect.class);
    }

    /**
     * Lists containers ({@code GET /containers/json}).
     *
     * @param all include stopped containers
     * @param filters e.g. {@code label -> [dev.berth.managed=true]}
     * @return the containers
     */
    public List<ContainerSummary> list(boolean all, Map<String, List<String>> filters) {
        return list(all, -1, false, filters);
    }

    /**
     * Lists containers with a limit and sizes.
     *
     * @param all include stopped containers
     * @param limit at most this many (the newest), or -1
     * @param size include sizes
     * @param filters filters as the engine takes them
     * @return the containers
     */
    public List<ContainerSummary> list(boolean all, int limit, boolean size, Map<String, List<String>> filters) {
        ContainerSummary[] result = engine.call("GET", "/containers/json").flag("all", all)
                .query("limit", limit > 0 ? limit : null).flag("size", size)
                .query("filters", filters == null || filters.isEmpty() ? null : Json.writeString(filters))
                .read(ContainerSummary[].class);
        return Arrays.asList(result);
    }

    /**
     * Opens a container's logs ({@code GET /containers/{id}/logs}). The stream must be closed.
     *
     * @param id the container
     * @param options what to include; with {@code follow} the stream stays open
     * @return the stream
     */
    public LogStream logs(String id, LogsOptions options) {
        EngineApi.Call call = engine.call("GET", "/containers/" + id + "/logs")
                .flag("stdout", options.stdout()).flag("stderr", options.stderr())
                .flag("timestamps", options.timestamps()).flag("follow", options.follow())
                .query("tail", options.tail() >= 0 ? options.tail() : null)
                .query("since", options.since() == null ? null : epoch(options.since()))
                .query("until", options.until() == null ? null : epoch(options.until()));
        return new LogStream(call.send());
    }

    private static String epoch(java.time.Instant instant) {
        return instant.getEpochSecond() + "." + String.format("%09d", instant.getNano());
    }

    EngineApi engine() {
        return engine;
    }
}
