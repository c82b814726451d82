package dev.berth.internal.reaper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Creates and removes user-defined networks with one-shot requests, until the Engine API client's network
 * endpoints are available to the extension.
 */
public final class EngineNetworks {

    private final EngineRequests engine;

    public EngineNetworks(EngineAddress address) {
        this.engine = new EngineRequests(address);
    }

    /**
     * Creates a bridge network.
     *
     * @return its id
     */
    public String create(String name, Map<String, String> labels) {
        String labelJson = labels.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + quote(e.getValue())).collect(Collectors.joining(",", "{", "}"));
        String body = "{\"Name\":" + quote(name) + ",\"Driver\":\"bridge\",\"CheckDuplicate\":true,\"Labels\":" + labelJson + "}";
        EngineRequests.Response response = call("POST", "/networks/create", body);
        if (response.status() != 201 || response.ids().isEmpty()) {
            throw new IllegalStateException("the engine refused to create network [" + name + "]: HTTP "
                    + response.status() + " " + response.body().trim());
        }
        return response.ids().get(0);
    }

    /** Removes a network; one that is gone already counts as removed. */
    public void remove(String id) {
        EngineRequests.Response response = call("DELETE", "/networks/" + id, null);
        if (response.status() != 204 && response.status() != 404) {
            throw new IllegalStateException("the engine refused to remove network [" + id + "]: HTTP "
                    + response.status() + " " + response.body().trim());
        }
    }

    /**
     * Lists networks by label.
     *
     * @param label {@code key=value}
     * @return their ids
     */
    public java.util.List<String> idsWithLabel(String label) {
        return call("GET", "/networks?filters=" + EngineRequests.labelFilter(label), null).ids();
    }

    /** @return whether a network exists */
    public boolean exists(String id) {
        return call("GET", "/networks/" + id, null).status() == 200;
    }

    private EngineRequests.Response call(String method, String path, String body) {
        try {
            return engine.send(method, path, body);
        } catch (IOException e) {
            throw new UncheckedIOException("network request " + method + " " + path + " failed: " + e.getMessage(), e);
        }
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
