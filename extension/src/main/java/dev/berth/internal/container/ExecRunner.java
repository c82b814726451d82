package dev.berth.internal.container;

import dev.berth.BerthInterruptedException;
import dev.berth.ContainerNotRunningException;
import dev.berth.Exec;
import dev.berth.ExecMessages;
import dev.berth.ExecResult;
import dev.berth.ExecTimeoutException;
import dev.berth.NoSuchContainerException;
import dev.berth.docker.ConflictException;
import dev.berth.docker.DockerClient;
import dev.berth.docker.DockerException;
import dev.berth.docker.NotFoundException;
import dev.berth.docker.ProcessStream;
import dev.berth.docker.ServerErrorException;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.ExecInspect;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Runs {@link Exec}s in one container: stdout and stderr apart, stdin fed and closed, and a timeout that ends
 * the process where Berth can prove that the pid the engine reports is the exec's own on this machine
 * ({@link ExecProcessProof}); elsewhere it says that the process still runs.
 */
final class ExecRunner {

    private final DockerClient docker;
    private final ContainerDescription container;
    /** How each result names its container, worded once: it is the same for every exec. */
    private final String resultsContainer;

    ExecRunner(DockerClient docker, ContainerDescription container) {
        this.docker = docker;
        this.container = container;
        this.resultsContainer = ExecMessages.container(container.name(), container.image(), container.id());
    }

    ExecResult run(Exec exec) {
        ExecConfig config = ExecConfig.of(exec.command().toArray(new String[0])).withEnv(exec.env())
                .withTty(exec.tty()).withPrivileged(exec.privileged());
        config = exec.user().map(config::withUser).orElse(config);
        config = exec.workdir().map(config::withWorkingDir).orElse(config);
        try {
            return runAttached(config, exec.stdin(), exec);
        } catch (ConflictException | ServerErrorException e) {
            throw notRunning(exec, e);
        } catch (NotFoundException e) {
            throw new NoSuchContainerException("Cannot exec " + exec.command() + " in container " + container
                    + ": the container no longer exists (removed from outside the test?). Engine: " + e.engineMessage(), e);
        } catch (DockerException | UncheckedIOException e) {
            // a request on an interrupted thread fails (its JDK channel closes): report the interrupt, not the engine
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(exec, null, null, e);
            }
            throw e;
        }
    }

    /**
     * The thread was interrupted: its JDK channel closed itself, so the output is cut off. The process is ended as on a
     * timeout, where it is proven to be the exec's own (the interrupt is set aside for those requests and restored).
     */
    private BerthInterruptedException interrupted(Exec exec, String execId, ExecProcessProof proof, Exception cause) {
        String fate = "it may still run in the container until it ends or the container is removed";
        if (execId != null) {
            Thread.interrupted();
            try {
                fate = endProcess(exec, execId, proof);
            } finally {
                Thread.currentThread().interrupt();
            }
        }
        return new BerthInterruptedException("Interrupted while exec " + exec.command() + " ran in container " + container
                + "; Berth closed its connection and " + fate + ". The thread's interrupt status is kept.", cause);
    }

    private ContainerNotRunningException notRunning(Exec exec, DockerException e) {
        return new ContainerNotRunningException("Cannot exec " + exec.command() + " in container " + container + ": " + e.engineMessage()
                + ". An exec needs a running container; check that it did not exit (see its logs) and was not stopped.", e);
    }

    @SuppressWarnings("try") // the timeout closes the stream from another thread, inside its try-with-resources
    private ExecResult runAttached(ExecConfig config, Optional<byte[]> stdin, Exec exec) {
        Duration timeout = exec.timeout().orElse(null);
        ExecProcessProof proof = ExecProcessProof.startingNow(container.id());
        String execId = docker.exec().create(container.id(), config.withAttachStdin(stdin.isPresent()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicBoolean timedOut = new AtomicBoolean();
        try (ProcessStream stream = docker.exec().start(execId, config.tty())) {
            CompletableFuture<Void> abort = timeout == null ? new CompletableFuture<>() : CompletableFuture.runAsync(() -> {
                timedOut.set(true);
                stream.close();
            }, CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS));
            try {
                stdin.ifPresent(stream::sendStdin);
                stream.copyOutput(out, err);
            } catch (UncheckedIOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw interrupted(exec, execId, proof, e);
                }
                if (!timedOut.get()) {
                    throw e;
                }
            } finally {
                abort.cancel(false);
            }
        }
        if (timedOut.get()) {
            throw timeout(exec, execId, proof, timeout, out, err);
        }
        return ExecResult.of(docker.exec().exitCodeOf(execId), out.toByteArray(), err.toByteArray(), exec.command(),
                resultsContainer);
    }


    private ExecTimeoutException timeout(Exec exec, String execId, ExecProcessProof proof, Duration timeout,
                                         ByteArrayOutputStream out, ByteArrayOutputStream err) {
        String fate = endProcess(exec, execId, proof);
        return new ExecTimeoutException("Exec " + exec.command() + " in container " + container + " did not finish within "
                + timeout.toMillis() + " ms; " + fate + "."
                + "\nstdout so far: " + quote(out) + "\nstderr so far: " + quote(err)
                + "\nRaise the timeout with Exec.withTimeout(..), or check why the command blocks (waiting for stdin?).");
    }

    /**
     * Ends a timed-out exec's process where Berth can prove that it and each of its child processes are the exec's own
     * on this machine, and says what happened to it. An unproven pid is never signalled: the engine's pids are not
     * this machine's where the engine runs in a VM, remotely, or the JVM runs in a container.
     */
    private String endProcess(Exec exec, String execId, ExecProcessProof proof) {
        ExecInspect inspect;
        try {
            inspect = docker.exec().inspect(execId);
        } catch (DockerException e) {
            return "its state is unknown (" + e.getMessage() + ")";
        }
        if (!inspect.running()) {
            return "it has since exited with code " + inspect.exitCode();
        }
        long pid = inspect.pid();
        Optional<String> whyNot = pid > 0 ? proof.whyNotProven(pid) : Optional.of("the engine reports no pid for it");
        Optional<ProcessHandle> process = whyNot.isEmpty() ? ProcessHandle.of(pid) : Optional.empty();
        if (whyNot.isEmpty() && process.isEmpty()) {
            whyNot = Optional.of("process " + pid + " ended as Berth looked at it");
        }
        List<ProcessHandle> children = process.map(p -> p.descendants().collect(Collectors.toList())).orElse(List.of());
        for (ProcessHandle child : children) {
            if (whyNot.isPresent()) {
                break;
            }
            whyNot = proof.whyNotProven(child.pid()).map(why -> "its child process " + child.pid() + ": " + why);
        }
        if (whyNot.isEmpty()) {
            children.forEach(ProcessHandle::destroyForcibly);
            if (process.get().destroyForcibly()) {
                return "Berth killed it and its child processes (host pid " + pid + ")";
            }
            return "Berth could not kill it (host pid " + pid + "): it may have exited meanwhile, or run on until the"
                    + " container is stopped";
        }
        return "it is still running in the container: Berth did not signal pid " + pid + ", which the engine reports"
                + " for it, as that pid could not be proven to be this exec's process on this machine: " + whyNot.get()
                + " (the engine may run in a VM or on another machine, or this JVM in a container). Stop or restart the"
                + " container to end it, or have the command end itself, e.g. " + withTimeoutCommand(exec);
    }

    /** @return the exec's command run by {@code timeout}, e.g. {@code [timeout, 5, sleep, 60]} */
    private static List<String> withTimeoutCommand(Exec exec) {
        List<String> command = new ArrayList<>(List.of("timeout", "5"));
        command.addAll(exec.command());
        return command;
    }

    private static String quote(ByteArrayOutputStream bytes) {
        String s = bytes.toString(StandardCharsets.UTF_8);
        return s.isEmpty() ? "(none)" : "\"" + (s.length() > 2000 ? s.substring(s.length() - 2000) : s) + "\"";
    }
}
