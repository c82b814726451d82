package dev.berth.internal.container;

import dev.berth.docker.ConflictException;
import dev.berth.docker.DockerClient;
import dev.berth.docker.NotFoundException;
import dev.berth.internal.Session;
import org.apiguardian.api.API;

/**
 * Removes a container for good: force (a {@code sleep} as PID 1 ignores SIGTERM, so a graceful stop would wait
 * out its whole timeout) and with its anonymous volumes. Already gone, or already being removed, is success.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Removal {

    private Removal() {
    }

    /**
     * Removes the container, also on an interrupted thread: a JDK channel closes itself when an interrupted thread
     * uses it, so the interrupt is set aside for the one request and restored afterwards (cleanup must not be
     * the thing an interrupt skips).
     */
    public static void remove(DockerClient docker, String id) {
        boolean interrupted = Thread.interrupted();
        try {
            docker.containers().remove(id, true, true);
            Session.current().ledger().removed(id);
        } catch (NotFoundException alreadyGone) {
            Session.current().ledger().removed(id);
        } catch (ConflictException e) {
            if (!String.valueOf(e.engineMessage()).contains("already in progress")) {
                throw e;
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
