package dev.berth.bench.scenario;

import dev.berth.bench.contender.Box;
import dev.berth.bench.contender.Contender;

/** A trial whose iterations work in one container running {@code sleep 300}, made before and removed after. */
abstract class RunningContainerTrial implements Trial {

    protected final Box box;

    RunningContainerTrial(Contender contender) throws Exception {
        this.box = contender.start("sleep", "300");
    }

    @Override
    public void cleanUp() throws Exception {
        box.close();
    }
}
