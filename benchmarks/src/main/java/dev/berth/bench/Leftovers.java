package dev.berth.bench;

import dev.berth.bench.contender.Fixture;
import dev.berth.bench.raw.RawEngine;

/**
 * Removes what this run left on the engine: the containers labelled with this run's id, and no others (other users
 * share the engine). Berth's containers are Berth's to remove: it labels and removes its own.
 */
final class Leftovers {

    private final RawEngine engine;

    Leftovers(RawEngine engine) {
        this.engine = engine;
    }

    /** @return how many containers were removed */
    int remove() {
        int removed = 0;
        try {
            for (String id : engine.idsWithLabel(Fixture.runFilter())) {
                engine.remove(id);
                removed++;
            }
        } catch (Exception e) {
            System.err.println("could not remove this run's containers (label " + Fixture.runFilter() + "): " + e);
        }
        return removed;
    }
}
