package dev.berth.docker;

import dev.berth.docker.internal.ApiVersionNegotiation;
import dev.berth.docker.internal.EngineApi;
import dev.berth.docker.internal.EngineCall;
import dev.berth.docker.internal.RequestBodies;
import dev.berth.docker.internal.UrlEncoding;
import dev.berth.docker.internal.json.Json;
import dev.berth.docker.model.AttachOptions;
import dev.berth.docker.model.CommitOptions;
import dev.berth.docker.model.ContainerConfig;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.ContainerStats;
import dev.berth.docker.model.ContainerSummary;
import dev.berth.docker.model.ContainerTop;
import dev.berth.docker.model.CreatedContainer;
import dev.berth.docker.model.LogsOptions;
import dev.berth.docker.model.PortBinding;
import dev.berth.docker.model.PruneResult;
import dev.berth.docker.model.UpdateConfig;
import dev.berth.docker.model.WaitCondition;
import dev.berth.docker.model.WaitResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apiguardian.api.API;

/**
 * {@code ContainerApi} creates, runs, changes and removes containers and reads what they report, over the
 * container endpoints of the Engine API ({@code /containers/...}, {@code /commit}): lifecycle, inspection,
 * logs, attach (hijacked or over a websocket), process table and resource usage. A container's files (archive,
 * changes, export) are in {@link ArchiveApi}. Obtain it from {@link DockerClient#containers()}. Thread-safe.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @see <a href="https://docs.docker.com/reference/api/engine/version/v1.41/#tag/Container">Engine API: Container</a>
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
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
                .json(RequestBodies.of(config))
                .read(CreatedContainer.class);
    }

    /** Starts a container ({@code POST /containers/{id}/start}); starting a running one is not an error. */
    public void start(String id) {
        send(engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/start"));
    }

    /**
     * Starts a container with a detach key sequence for later attaches.
     *
     * @param id the container
     * @param detachKeys e.g. {@code ctrl-p,ctrl-q}; {@link #start(String)} keeps the engine's
     */
    public void start(String id, String detachKeys) {
        Objects.requireNonNull(detachKeys, "detachKeys");
        send(engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/start").query("detachKeys", detachKeys));
    }

    private static void send(EngineCall idempotent) {
        try {
            idempotent.discard();
        } catch (NotModifiedException alreadyInState) {
            // idempotent: the container already runs, or is already stopped
        }
    }

    /**
     * Stops a container ({@code POST /containers/{id}/stop}) with the container's own stop signal and stop
     * timeout (10 seconds unless it was created with another).
     *
     * @param id the container
     */
    public void stop(String id) {
        send(engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/stop"));
    }

    /**
     * Stops a container ({@code POST /containers/{id}/stop}): its stop signal, then SIGKILL after the timeout.
     *
     * @param id the container
     * @param timeout how long to wait before killing
     */
    public void stop(String id, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        send(engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/stop").query("t", timeout.toSeconds()));
    }

    /**
     * Stops a container with a given signal (API 1.42+; older engines use the container's stop signal).
     *
     * @param id the container
     * @param timeout how long to wait before killing
     * @param signal the signal, e.g. {@code SIGINT}; {@link #stop(String, Duration)} keeps the container's
     */
    public void stop(String id, Duration timeout, String signal) {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(signal, "signal");
        EngineCall call = engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/stop").query("t", timeout.toSeconds());
        if (ApiVersionNegotiation.compareVersions(engine.version(), "1.42") >= 0) {
            call.query("signal", signal);
        }
        send(call);
    }

    /** Restarts a container ({@code POST /containers/{id}/restart}). */
    public void restart(String id, Duration timeout) {
        engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/restart").query("t", timeout.toSeconds()).discard();
    }

    /** Sends a signal ({@code POST /containers/{id}/kill}), e.g. {@code SIGHUP} or {@code 9}. */
    public void kill(String id, String signal) {
        engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/kill").query("signal", signal).discard();
    }

    /** Pauses a container ({@code POST /containers/{id}/pause}). */
    public void pause(String id) {
        engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/pause").discard();
    }

    /** Unpauses a container ({@code POST /containers/{id}/unpause}). */
    public void unpause(String id) {
        engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/unpause").discard();
    }

    /**
     * Blocks until the condition holds ({@code POST /containers/{id}/wait}); no polling.
     *
     * @param id the container
     * @param condition what to wait for
     * @return the exit code
     */
    public WaitResult waitFor(String id, WaitCondition condition) {
        return engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/wait").query("condition", condition.value()).read(WaitResult.class);
    }

    /**
     * Starts waiting for a condition ({@code POST /containers/{id}/wait}) and returns once the engine has
     * registered the wait, so what the caller does next (stop, remove) cannot be missed. The future completes
     * with the exit code; cancelling it closes the connection.
     *
     * @param id the container
     * @param condition what to wait for
     * @return the pending result
     * @throws NotFoundException when the container does not exist
     */
    public CompletableFuture<WaitResult> waitAsync(String id, WaitCondition condition) {
        return engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/wait").query("condition", condition.value()).readAsync(WaitResult.class);
    }

    /**
     * Removes a container ({@code DELETE /containers/{id}}).
     *
     * @param id the container
     * @param removeVolumes also remove its anonymous volumes
     * @param force kill it first when it runs
     */
    public void remove(String id, boolean removeVolumes, boolean force) {
        engine.call("DELETE", "/containers/" + UrlEncoding.segment(id)).flag("v", removeVolumes).flag("force", force).discard();
    }

    /**
     * Removes a legacy link ({@code DELETE /containers/{container}/{alias}?link=true}); both containers stay.
     *
     * @param container the container that has the link
     * @param alias the link's alias in it
     * @throws NotFoundException when there is no such link
     */
    public void removeLink(String container, String alias) {
        engine.call("DELETE", "/containers/" + UrlEncoding.segment(container) + "/" + UrlEncoding.segment(alias)).flag("link", true).discard();
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

    /**
     * Inspects a container, with the sizes of its writable layer and root filesystem when {@code size} is set
     * (which makes the engine walk the filesystem: slower).
     *
     * @param id the container
     * @param size whether to compute sizes
     * @return what the engine reports
     */
    public ContainerInspect inspect(String id, boolean size) {
        return engine.call("GET", "/containers/" + UrlEncoding.segment(id) + "/json").flag("size", size).read(ContainerInspect.class);
    }

    /**
     * Lists containers ({@code GET /containers/json}).
     *
     * @param all include stopped containers
     * @param filters e.g. {@code label -> [dev.berth.managed=true]}
     * @return the containers
     */
    public List<ContainerSummary> list(boolean all, Map<String, List<String>> filters) {
        return list(engine.call("GET", "/containers/json").flag("all", all).filters(filters));
    }

    /**
     * Lists containers with a limit and sizes.
     *
     * @param all include stopped containers
     * @param limit at most this many (the newest), 1 or more; {@link #list(boolean, Map)} has no limit
     * @param size include sizes
     * @param filters filters as the engine takes them
     * @return the containers
     */
    public List<ContainerSummary> list(boolean all, int limit, boolean size, Map<String, List<String>> filters) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit + "; list(all, filters) has no limit");
        }
        return list(engine.call("GET", "/containers/json").flag("all", all)
                .query("limit", limit).flag("size", size).filters(filters));
    }

    private static List<ContainerSummary> list(EngineCall call) {
        return Arrays.asList(call.read(ContainerSummary[].class));
    }

    /**
     * Opens a container's logs ({@code GET /containers/{id}/logs}). The stream must be closed.
     *
     * @param id the container
     * @param options what to include; with {@code follow} the stream stays open
     * @return the stream
     */
    public LogStream logs(String id, LogsOptions options) {
        EngineCall call = engine.call("GET", "/containers/" + UrlEncoding.segment(id) + "/logs")
                .flag("stdout", options.stdout()).flag("stderr", options.stderr())
                .flag("timestamps", options.timestamps()).flag("follow", options.follow())
                .query("tail", options.tail().isPresent() ? options.tail().getAsInt() : null)
                .query("since", options.since().map(ContainerApi::epoch).orElse(null))
                .query("until", options.until().map(ContainerApi::epoch).orElse(null));
        return new LogStream(call.send());
    }

    /**
     * Looks a container up as a {@link Container} model (one {@code GET /containers/{id}/json}).
     *
     * @param id the container's id, short id or name
     * @return the container as it is now; {@link Container#reload()} refreshes it
     * @throws NotFoundException when it does not exist
     */
    public Container get(String id) {
        return new Container(this, inspect(id));
    }

    /**
     * Renames a container ({@code POST /containers/{id}/rename}).
     *
     * @param id the container
     * @param newName its new name
     * @throws ConflictException when another container has that name
     */
    public void rename(String id, String newName) {
        engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/rename").query("name", newName).discard();
    }

    /**
     * Resizes a container's TTY ({@code POST /containers/{id}/resize}).
     *
     * @param id a container created with a TTY
     * @param height rows
     * @param width columns
     */
    public void resize(String id, int height, int width) {
        engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/resize").query("h", height).query("w", width).discard();
    }

    /**
     * Changes a container's resources or restart policy while it exists ({@code POST /containers/{id}/update}).
     *
     * @param id the container
     * @param update what to change
     * @return the engine's warnings, e.g. about limits the kernel does not support
     */
    public List<String> update(String id, UpdateConfig update) {
        Warnings answer = Json.bind(engine.call("POST", "/containers/" + UrlEncoding.segment(id) + "/update").json(RequestBodies.of(update)).tree(),
                Warnings.class);
        return answer == null || answer.warnings() == null ? List.of() : List.copyOf(answer.warnings());
    }

    /**
     * Removes stopped containers that match the filters ({@code POST /containers/prune}).
     *
     * @param filters e.g. {@code label -> [dev.berth.session=abc]}; without a filter every stopped container goes
     * @return the removed containers' ids and the space freed
     */
    public PruneResult prune(Map<String, List<String>> filters) {
        Pruned answer = engine.call("POST", "/containers/prune").filters(filters).read(Pruned.class);
        return new PruneResult(answer.containersDeleted() == null ? List.of() : answer.containersDeleted(), answer.spaceReclaimed());
    }

    /**
     * Makes an image of a container's filesystem and configuration ({@code POST /commit}).
     *
     * @param id the container
     * @param options the image's name, message and Dockerfile changes
     * @return the new image's id, {@code sha256:...}
     */
    public String commit(String id, CommitOptions options) {
        EngineCall call = engine.call("POST", "/commit").query("container", id).query("repo", options.repository().orElse(null))
                .query("tag", options.tag().orElse(null)).query("comment", options.comment().orElse(null))
                .query("author", options.author().orElse(null))
                .query("pause", options.pause());
        options.changes().forEach(change -> call.query("changes", change));
        // an empty container config: Docker takes no body too, Podman answers 500 "Decode(): EOF" without one
        return call.json(Map.of()).member("Id");
    }

    /**
     * Looks up where a container port is published on the host (from {@code GET /containers/{id}/json}).
     *
     * @param id the container
     * @param containerPort e.g. {@code 8080/tcp}, {@code 53/udp}, or {@code 8080} for TCP
     * @return the host bindings; empty when the port is not published
     */
    public List<PortBinding> port(String id, String containerPort) {
        String key = containerPort.contains("/") ? containerPort : containerPort + "/tcp";
        Map<String, List<PortBinding>> ports = inspect(id).networkSettings().ports();
        List<PortBinding> bindings = ports == null ? null : ports.get(key);
        return bindings == null ? List.of() : List.copyOf(bindings);
    }

    /**
     * Attaches to a container's main process ({@code POST /containers/{id}/attach}, connection hijacked).
     * Attach before {@link #start} to see all output. Output is multiplexed, or raw when the container has a TTY.
     *
     * @param id the container (for stdin: created with stdin open)
     * @param options what to carry
     * @return the live stream; must be closed (closing does not stop the container)
     */
    public ProcessStream attach(String id, AttachOptions options) {
        boolean tty = inspect(id).config().tty();
        return new ProcessStream(attachCall("POST", "/containers/" + UrlEncoding.segment(id) + "/attach", options).hijack(), tty);
    }

    /**
     * Attaches to a container's main process over a websocket ({@code GET /containers/{id}/attach/ws}), with
     * Berth's own RFC 6455 client. The engine does not multiplex websocket output: stdout and stderr arrive as
     * one raw stream. {@link ProcessStream#closeStdin()} sends the close frame, which ends the container's stdin.
     *
     * @param id the container (for stdin: created with stdin open)
     * @param options what to carry
     * @return the live stream; must be closed
     */
    public ProcessStream attachWebSocket(String id, AttachOptions options) {
        return new ProcessStream(attachCall("GET", "/containers/" + UrlEncoding.segment(id) + "/attach/ws", options).webSocket(), true);
    }

    private EngineCall attachCall(String method, String path, AttachOptions options) {
        return engine.call(method, path).flag("stream", options.stream()).flag("logs", options.logs())
                .flag("stdin", options.stdin()).flag("stdout", options.stdout()).flag("stderr", options.stderr())
                .query("detachKeys", options.detachKeys().orElse(null));
    }

    /**
     * Lists a container's processes ({@code GET /containers/{id}/top}), as {@code ps} on the engine's host sees them.
     *
     * @param id a running container
     * @param psArgs {@code ps} options, e.g. {@code -o pid,comm}; {@link #top(String)} keeps the engine's ({@code -ef})
     * @return the process table
     * @throws ConflictException when the container is not running
     */
    public ContainerTop top(String id, String psArgs) {
        Objects.requireNonNull(psArgs, "psArgs");
        return engine.call("GET", "/containers/" + UrlEncoding.segment(id) + "/top").query("ps_args", psArgs).read(ContainerTop.class);
    }

    /**
     * Lists a container's processes with the engine's default {@code ps} options ({@code -ef}).
     *
     * @param id a running container
     * @return the process table
     * @throws ConflictException when the container is not running
     */
    public ContainerTop top(String id) {
        return engine.call("GET", "/containers/" + UrlEncoding.segment(id) + "/top").read(ContainerTop.class);
    }

    /**
     * Takes one sample of a container's resource usage ({@code GET /containers/{id}/stats?stream=false&one-shot=true}),
     * without waiting for a second sample: CPU percentages need {@link #statsStream}.
     *
     * @param id the container
     * @return the sample
     */
    public ContainerStats stats(String id) {
        Object sample = engine.call("GET", "/containers/" + UrlEncoding.segment(id) + "/stats").query("stream", false).query("one-shot", true).tree();
        return Json.bindSnakeCase(sample, ContainerStats.class);
    }

    /**
     * Streams a container's resource usage ({@code GET /containers/{id}/stats}): one sample about every second
     * until it is closed or the container is removed.
     *
     * @param id the container
     * @return the stream; must be closed
     */
    public EngineStream<ContainerStats> statsStream(String id) {
        return new EngineStream<>(engine.call("GET", "/containers/" + UrlEncoding.segment(id) + "/stats").query("stream", true),
                tree -> Json.bindSnakeCase(tree, ContainerStats.class));
    }

    private static String epoch(Instant instant) {
        return instant.getEpochSecond() + "." + String.format("%09d", instant.getNano());
    }

    EngineApi engine() {
        return engine;
    }

    /** The answer of {@code POST /containers/{id}/update}. */
    private record Warnings(List<String> warnings) {
    }

    /** The answer of {@code POST /containers/prune}. */
    private record Pruned(List<String> containersDeleted, long spaceReclaimed) {
    }
}
