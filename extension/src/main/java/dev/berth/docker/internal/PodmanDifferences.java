package dev.berth.docker.internal;

import dev.berth.docker.ConflictException;
import dev.berth.docker.internal.json.Json;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Where Podman's Docker-compatible API differs from Docker's, in one place: this class holds the error-answer
 * differences, and this list names every difference Berth handles, with where the handling stays because it is
 * part of a larger step.
 *
 * <ol>
 * <li>Error bodies are {@code {"cause", "message", "response"}} rather than {@code {"message"}}: read by
 * {@link EngineErrors#engineMessage} (falls back to {@code cause}).</li>
 * <li>Conflicts (a name in use, a container in the wrong state, a resource in use) are answered 500 where Docker
 * answers 409: the {@code cause}s in {@link #CONFLICT_CAUSES}, raised as {@link ConflictException} with the status
 * the engine sent ({@link #isConflict}, used by {@link EngineErrors#errorOfBody}). An exec on a stopped
 * container is one of them, explained as "An exec needs a running container"
 * ({@code dev/berth/internal/container/ExecRunner.java}, {@code notRunning}).</li>
 * <li>{@code POST /commit} needs a body: Podman answers 500 {@code Decode(): EOF} without one
 * ({@code dev/berth/docker/ContainerApi.java}, {@code commit}).</li>
 * <li>Followed logs and the wait endpoint: Podman sends the answer's head only with the first log output or at the
 * container's end, so such streams are opened on their own threads
 * ({@code dev/berth/internal/wait/Waiter.java}, {@code openLogs}; {@code dev/berth/internal/wait/ExitWatcher.java},
 * its constructor; {@code dev/berth/internal/container/ManagedContainer.java}, {@code followLogs}).</li>
 * <li>A followed log stream that does not end when the container exits (Podman 4.3): the log wait also asks the
 * wait endpoint ({@code dev/berth/internal/wait/Waiter.java}, {@code awaitLog}).</li>
 * <li>Health: Docker leaves {@code State.Health} out without a health check, Podman reports it with an empty
 * status ({@code dev/berth/internal/wait/Waiter.java}, {@code hasHealthCheck}).</li>
 * <li>OOM: Podman on cgroup v1 reports {@code OOMKilled} false for a container the OOM killer ended; exit code 137
 * with a memory limit is reported as a likely OOM
 * ({@code dev/berth/internal/container/StartupReport.java}, {@code state}).</li>
 * <li>Create errors: Podman's wording ("repository name must be lowercase", "must be an absolute path") and a
 * missing network refused at create rather than at start
 * ({@code dev/berth/internal/container/ContainerStarter.java}, {@code createAdvice}).</li>
 * <li>Archives: Docker writes folders as {@code d/}, Podman as {@code d}; both read as {@code d/}
 * ({@code dev/berth/docker/internal/tar/TarReader.java}, {@code entry}).</li>
 * <li>cgroup paths name a Podman container {@code libpod-<id>}
 * ({@code dev/berth/internal/container/ExecProcessProof.java}, {@code namesContainer}).</li>
 * <li>A socket Berth may not open: the advice names Podman's user socket too
 * ({@code dev/berth/docker/internal/ConnectionDiagnosis.java}, {@code of}).</li>
 * </ol>
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class PodmanDifferences {

    /**
     * The {@code cause} values with which Podman's Docker-compatible API answers 500 where Docker answers 409 (a
     * name in use, a container in the wrong state, a resource in use): raised as {@link ConflictException} all
     * the same, with the status the engine sent.
     */
    static final Set<String> CONFLICT_CAUSES = Set.of("container state improper", "that name is already in use",
            "network already exists", "volume already exists", "pod already exists", "network is being used", "volume is being used",
            "image is in use by a container");

    private PodmanDifferences() {
    }

    /**
     * @param status the answer's status
     * @param body the answer's body as the engine sent it
     * @return whether the answer is Podman's 500 for what Docker answers 409
     */
    static boolean isConflict(int status, String body) {
        return status == 500 && CONFLICT_CAUSES.contains(causeOf(body));
    }

    /** @return the {@code cause} of a Podman error body ({@code {"cause", "message", "response"}}), or {@code ""} */
    static String causeOf(String body) {
        if (body.startsWith("{")) {
            try {
                String cause = Json.member(body, "cause");
                return cause == null ? "" : cause;
            } catch (UncheckedIOException e) {
                return "";
            }
        }
        return "";
    }
}
