package dev.berth.internal.reaper;

import java.io.IOException;
import org.apiguardian.api.API;

/**
 * Removes every container (with force and anonymous volumes) and then every network that carries a session's
 * label: the last line of defence behind the scopes' own cleanup.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class LabelSweeper {

    private final SweepRequests engine;
    private final String label;

    /**
     * @param address the engine
     * @param sessionLabel {@code dev.berth.session=<id>}
     */
    public LabelSweeper(WatchdogTarget address, String sessionLabel) {
        this.engine = new SweepRequests(address);
        this.label = sessionLabel;
    }

    /**
     * Removes what carries the label.
     *
     * @return how many containers and networks were removed
     * @throws IOException when the engine cannot be reached
     */
    public int sweep() throws IOException {
        int removed = 0;
        String filter = SweepRequests.labelFilter(label);
        for (String id : engine.send("GET", "/containers/json?all=1&filters=" + filter, null).ids()) {
            int status = engine.send("DELETE", "/containers/" + id + "?force=1&v=1", null).status();
            removed += status == 204 ? 1 : 0;
        }
        for (String id : engine.send("GET", "/networks?filters=" + filter, null).ids()) {
            int status = engine.send("DELETE", "/networks/" + id, null).status();
            removed += status == 204 ? 1 : 0;
        }
        return removed;
    }
}
