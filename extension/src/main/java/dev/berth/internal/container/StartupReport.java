package dev.berth.internal.container;

import dev.berth.ContainerStartupException;
import dev.berth.docker.DockerClient;
import dev.berth.docker.DockerException;
import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.ContainerState;

/**
 * Writes the message of a {@link ContainerStartupException}: the container, what was awaited, its state and
 * exit code, the timeout, its last log lines, and what to do.
 */
final class StartupReport {

    private final DockerClient docker;
    private final ContainerDescription container;
    private final int logLines;

    StartupReport(DockerClient docker, ContainerDescription container, int logLines) {
        this.docker = docker;
        this.container = container;
        this.logLines = logLines;
    }

    /** @param cause what a user's check last threw, or {@code null} */
    ContainerStartupException waitFailed(String awaited, long timeoutMillis, boolean exited, String detail, Throwable cause) {
        String headline = exited
                ? "Container " + container + " exited while Berth waited for " + awaited + " (timeout " + timeoutMillis + " ms)."
                : "Container " + container + " was not ready within " + timeoutMillis + " ms: Berth waited for " + awaited + ".";
        String advice = exited
                ? "Fix: the container's command ended; check the command, its arguments and environment against the log lines above."
                : "Fix: check that the container does what is awaited (see its log lines above), or raise the timeout"
                + " (@WaitFor(timeout = ..), Wait...withTimeout(..), or berth.wait.timeout).";
        return new ContainerStartupException(headline + "\nChecked: " + detail + "\n" + state() + "\n" + logs() + "\n" + advice, cause);
    }

    /** What was awaited can never hold (e.g. health on a container without a health check): reported at once. */
    ContainerStartupException cannotBeReady(String awaited, long timeoutMillis, String detail, String advice) {
        String headline = "Container " + container + " can never be ready for what Berth was to wait for: " + awaited
                + ". Berth failed at once instead of waiting for the timeout (" + timeoutMillis + " ms).";
        return new ContainerStartupException(headline + "\nChecked: " + detail + "\n" + state() + "\n" + logs() + "\n" + advice);
    }

    ContainerStartupException failed(String step, Throwable cause, String advice) {
        String message = cause instanceof DockerException de ? de.engineMessage() : String.valueOf(cause.getMessage());
        StringBuilder text = new StringBuilder("Container " + container + " could not be started: " + step + " failed: " + message + ".");
        if (container.id() != null) {
            text.append('\n').append(state()).append('\n').append(logs());
        }
        text.append('\n').append(advice);
        return new ContainerStartupException(text.toString(), cause);
    }

    private String state() {
        try {
            ContainerInspect inspect = docker.containers().inspect(container.id());
            ContainerState s = inspect.state();
            long memory = inspect.hostConfig() == null ? 0 : inspect.hostConfig().memory();
            // Podman on cgroup v1 reports OOMKilled false for a container the OOM killer ended
            boolean likelyOom = !s.oomKilled() && !s.running() && s.exitCode() == 137 && memory > 0;
            // a running container has no exit code yet: the engine's 0 would read as a clean exit
            return "State: " + s.status() + (s.running() ? "" : ", exit code " + s.exitCode()) + (s.oomKilled() ? ", OOMKilled: true (the memory limit was too small)" : "")
                    + (likelyOom ? " (SIGKILL; with a memory limit of " + memory + " bytes most likely the OOM killer, which this engine"
                    + " does not report as OOMKilled)" : "")
                    + (s.error() == null || s.error().isEmpty() ? "" : ", engine error: " + s.error());
        } catch (DockerException e) {
            return "State: unknown (" + e.engineMessage() + ")";
        }
    }

    private String logs() {
        return "Last " + logLines + " log lines:\n" + LogTail.of(docker, container.id(), logLines);
    }
}
