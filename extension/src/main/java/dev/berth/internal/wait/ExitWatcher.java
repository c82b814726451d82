package dev.berth.internal.wait;

import dev.berth.docker.DockerClient;
import dev.berth.docker.LogStream;
import dev.berth.docker.model.LogsOptions;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Learns at once when a container exits, without polling: it follows the container's log stream (new output
 * only, discarded), which the engine ends when the container stops. Waits sleep on it, so an exit wakes them.
 */
final class ExitWatcher implements AutoCloseable {

    private final CompletableFuture<Void> exited = new CompletableFuture<>();
    private final DockerClient docker;
    private final String id;
    private volatile LogStream stream;
    private volatile boolean closed;

    /**
     * Starts watching. The stream is opened on the watcher's own thread: Podman sends the answer's head only with
     * the first log output or the container's end, so opening it here could block the caller for as long.
     */
    ExitWatcher(DockerClient docker, String id) {
        this.docker = docker;
        this.id = id;
        Thread thread = new Thread(this::follow, "berth-exit-watcher-" + id.substring(0, Math.min(12, id.length())));
        thread.setDaemon(true);
        thread.start();
    }

    private void follow() {
        try {
            LogStream opened = docker.containers().logs(id, LogsOptions.all().withTail(0).withFollow(true));
            stream = opened;
            if (closed) {
                opened.close();
                return;
            }
            opened.raw().transferTo(OutputStream.nullOutputStream());
        } catch (Exception ignored) {
            // closed by us, the container is gone, or the connection broke: either way the stream is over
        } finally {
            if (!closed) {
                exited.complete(null);
            }
        }
    }

    /** @return whether the container has exited */
    boolean hasExited() {
        return exited.isDone();
    }

    /** @return completes when the container has exited (never when the watcher was closed first) */
    CompletableFuture<Void> exited() {
        return exited;
    }

    /**
     * Sleeps for {@code pause}, waking early if the container exits.
     *
     * @return whether the container has exited
     */
    boolean pause(Duration pause) throws InterruptedException {
        try {
            exited.get(Math.max(1, pause.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("never completed exceptionally", e);
        }
    }

    /** Stops watching; a stream still being opened is closed as soon as it opens. */
    @Override
    public void close() {
        closed = true;
        LogStream opened = stream;
        if (opened != null) {
            opened.close();
        }
    }
}
