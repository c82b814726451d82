package dev.berth.internal;

import dev.berth.docker.DockerClient;
import dev.berth.internal.reaper.Ledger;
import dev.berth.internal.reaper.SessionGuard;
import dev.berth.internal.reaper.WatchdogTarget;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * This JVM's Berth session: its id, the labels every container and network Berth creates carries, and the guard
 * that removes what carries them when the JVM ends (shutdown hook, and a watchdog process for SIGKILL).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Session {

    public static final String MANAGED_LABEL = "dev.berth.managed";
    public static final String SESSION_LABEL = "dev.berth.session";

    /**
     * The system property that turns the SIGKILL watchdog process off ({@code false}); the shutdown hook stays.
     */
    public static final String WATCHDOG_PROPERTY_NAME = "berth.reaper.watchdog";

    private static final Session CURRENT = new Session(RandomIds.uuid().toString());

    private final String id;
    private final SessionGuard guard;

    private Session(String id) {
        this.id = id;
        this.guard = new SessionGuard(SESSION_LABEL + "=" + id,
                !"false".equalsIgnoreCase(System.getProperty(WATCHDOG_PROPERTY_NAME, "true")));
    }

    /** @return this JVM's session */
    public static Session current() {
        return CURRENT;
    }

    public String id() {
        return id;
    }

    /** @return the labels for everything Berth creates in this session */
    public Map<String, String> labels() {
        return Map.of(MANAGED_LABEL, "true", SESSION_LABEL, id);
    }

    /** @return the label filter value that finds this session's resources, {@code dev.berth.session=<id>} */
    public String labelFilter() {
        return SESSION_LABEL + "=" + id;
    }

    /**
     * Makes sure that what this session creates on the engine is removed when the JVM ends, however it ends: on
     * the first call per engine, registers the shutdown hook and launches the watchdog process in the background
     * (this call does not wait for it). Call it before creating the first container on an engine. Idempotent.
     *
     * @param engine the engine containers are about to be created on
     * @param foundVia how the engine was found (logged once per engine), e.g. {@code DOCKER_HOST}
     */
    public void guard(WatchdogTarget engine, String foundVia) {
        guard.guard(engine, foundVia);
    }

    /**
     * Guards the engine a client talks to, for callers that hold a client rather than an endpoint
     * ({@code Containers.start}). TLS settings come from the environment (as the docker CLI finds them) when the
     * client's engine is the environment's, else from {@code ~/.docker}.
     *
     * @param docker the client containers are about to be created with
     * @param foundVia how the client's engine was found (logged once per engine)
     */
    public void guard(DockerClient docker, String foundVia) {
        guard.guard(WatchdogTarget.of(docker), foundVia);
    }

    /**
     * @return the record of what this session created and has not seen removed: whoever creates or removes a
     *         labelled container or network reports it here
     */
    public Ledger ledger() {
        return guard.ledger();
    }

    /** @return the process ids of the watchdogs launched so far, for diagnostics and tests */
    public List<Long> watchdogPids() {
        return guard.watchdogs();
    }
}
