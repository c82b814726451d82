package dev.berth.docker;

import dev.berth.BerthInterruptedException;
import dev.berth.ExecResult;
import dev.berth.docker.internal.EngineApi;
import dev.berth.docker.internal.UrlEncoding;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.ExecInspect;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code ExecApi} runs extra processes in running containers and talks to them: the exec endpoints of the Engine
 * API ({@code /containers/{id}/exec}, {@code /exec/...}), plus {@link #run}, which creates, starts and inspects an
 * exec in one call. Obtain it from {@link DockerClient#exec()}. Thread-safe.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @see <a href="https://docs.docker.com/reference/api/engine/version/v1.41/#tag/Exec">Engine API: Exec</a>
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ExecApi {

    private final EngineApi engine;

    ExecApi(EngineApi engine) {
        this.engine = engine;
    }

    /**
     * Creates an exec ({@code POST /containers/{id}/exec}); stdout and stderr are always attached.
     *
     * @param containerId the container
     * @param config what to run
     * @return the exec's id
     * @throws ConflictException when the container is not running
     */
    public String create(String containerId, ExecConfig config) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("AttachStdin", config.attachStdin());
        body.put("AttachStdout", true);
        body.put("AttachStderr", true);
        body.put("Tty", config.tty());
        body.put("Cmd", config.cmd());
        if (!config.env().isEmpty()) {
            body.put("Env", config.env());
        }
        body.put("User", config.user().orElse(null));
        body.put("WorkingDir", config.workingDir().orElse(null));
        body.put("Privileged", config.privileged());
        body.put("DetachKeys", config.detachKeys().orElse(null));
        return engine.call("POST", "/containers/" + UrlEncoding.segment(containerId) + "/exec").json(body).member("Id");
    }

    /**
     * Starts an exec attached ({@code POST /exec/{id}/start}, connection hijacked): the returned stream carries
     * its stdin and output. Must be closed.
     *
     * @param execId the exec
     * @param tty whether it was created with a TTY (raw output) or not (multiplexed)
     * @return the live stream
     */
    public ProcessStream start(String execId, boolean tty) {
        Map<String, Object> body = Map.of("Detach", false, "Tty", tty);
        return new ProcessStream(engine.call("POST", "/exec/" + UrlEncoding.segment(execId) + "/start").json(body).hijack(), tty);
    }

    /** Starts an exec detached: it runs in the background, its output is discarded. */
    public void startDetached(String execId) {
        engine.call("POST", "/exec/" + UrlEncoding.segment(execId) + "/start").json(Map.of("Detach", true, "Tty", false)).discard();
    }

    /** Inspects an exec ({@code GET /exec/{id}/json}). */
    public ExecInspect inspect(String execId) {
        return engine.call("GET", "/exec/" + UrlEncoding.segment(execId) + "/json").read(ExecInspect.class);
    }

    /** Resizes an exec's TTY ({@code POST /exec/{id}/resize}). */
    public void resize(String execId, int height, int width) {
        engine.call("POST", "/exec/" + UrlEncoding.segment(execId) + "/resize").query("h", height).query("w", width).discard();
    }

    /**
     * Runs a command to its end, like docker-py's {@code exec_run}: create, start attached, feed stdin and close
     * it, read stdout and stderr apart, then read the exit code. A command that cannot be started gives exit
     * code 126 or 127, as the engine reports it.
     *
     * @param containerId the container
     * @param config what to run ({@code attachStdin} is set)
     * @param stdin bytes for the process's stdin, which is then closed; {@link #run(String, ExecConfig)} attaches none
     * @return the exit code and the output
     */
    public ExecResult run(String containerId, ExecConfig config, byte[] stdin) {
        Objects.requireNonNull(stdin, "stdin");
        return runToEnd(containerId, config, Optional.of(stdin));
    }

    /**
     * Runs a command to its end without stdin, like {@link #run(String, ExecConfig, byte[])}.
     *
     * @param containerId the container
     * @param config what to run
     * @return the exit code and the output
     */
    public ExecResult run(String containerId, ExecConfig config) {
        return runToEnd(containerId, config, Optional.empty());
    }

    private ExecResult runToEnd(String containerId, ExecConfig config, Optional<byte[]> stdin) {
        String id = create(containerId, config.withAttachStdin(stdin.isPresent()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ProcessStream stream = start(id, config.tty())) {
            stdin.ifPresent(stream::sendStdin);
            stream.copyOutput(out, err);
        }
        return new ExecResult(exitCodeOf(id), out.toByteArray(), err.toByteArray());
    }



    /**
     * Reads the exit code once the output has ended; the engine sets it as the process is reaped, so a
     * just-ended exec may briefly still report running.
     *
     * @throws ExecStillRunningException when the engine still reports the exec running after about two seconds
     * @throws BerthInterruptedException when the thread is interrupted meanwhile (its interrupt status is kept)
     */
    public int exitCodeOf(String execId) {
        for (int attempt = 0; ; attempt++) {
            ExecInspect inspect = inspect(execId);
            if (!inspect.running() && inspect.exitCode() != null) {
                return inspect.exitCode();
            }
            if (attempt >= 200) {
                throw new ExecStillRunningException(200, "GET", "/exec/" + UrlEncoding.segment(execId) + "/json", "Running: true",
                        "exec " + execId + " output ended but the engine still reports it running");
            }
            try {
                Thread.sleep(Math.min(1 + attempt, 20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BerthInterruptedException("interrupted while reading the exit code of exec " + execId, e);
            }
        }
    }
}
