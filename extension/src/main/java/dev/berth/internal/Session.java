package dev.berth.internal;

import java.util.Map;
import java.util.UUID;

/**
 * This JVM's Berth session: its id, and the labels every container and network Berth creates carries, so that
 * cleanup (scope end, shutdown hook, reaper) can find them.
 */
public final class Session {

    public static final String MANAGED_LABEL = "dev.berth.managed";
    public static final String SESSION_LABEL = "dev.berth.session";

    private static final Session CURRENT = new Session(UUID.randomUUID().toString());

    private final String id;

    private Session(String id) {
        this.id = id;
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
}
