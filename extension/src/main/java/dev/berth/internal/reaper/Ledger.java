package dev.berth.internal.reaper;

import dev.berth.docker.DockerException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * What this session may have left on its engines: the containers and networks it created and has not seen removed,
 * and the creates whose outcome it does not know (the answer was lost). When both are empty at JVM exit, the
 * shutdown hook has nothing to sweep and skips its requests; the watchdog sweeps after the JVM regardless.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Ledger {

    private final Set<String> present = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unknown = new AtomicInteger();
    private final Runnable beforeCreate;

    /** @param beforeCreate runs before each create request (the session guard waits for its watchdogs' launch) */
    Ledger(Runnable beforeCreate) {
        this.beforeCreate = beforeCreate;
    }

    /**
     * Runs a create request and records its outcome: the id it answered; nothing when the engine refused it (4xx);
     * and when the answer was lost ({@link dev.berth.docker.EngineUnavailableException}) or was a server error, an unknown that keeps
     * the ledger from clearing.
     *
     * @param create sends the request and returns the new id
     * @return the id
     */
    public String track(Supplier<String> create) {
        beforeCreate.run();
        unknown.incrementAndGet();
        String id;
        try {
            id = create.get();
        } catch (DockerException e) {
            if (e.status() >= 400 && e.status() < 500) {
                // refused: nothing was made. A lost answer (EngineUnavailableException, no status) or a 5xx (maybe a
                // proxy's, after the engine made it) proves nothing: it stays unknown
                unknown.decrementAndGet();
            }
            throw e;
        }
        present.add(id);
        unknown.decrementAndGet();
        return id;
    }

    /** The engine removed {@code id}, or answered that it was gone. */
    public void removed(String id) {
        present.remove(id);
    }

    /** @return whether everything created is known to be removed */
    public boolean isClear() {
        return unknown.get() == 0 && present.isEmpty();
    }
}
