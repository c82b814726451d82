package dev.berth.bench.scenario;

import dev.berth.bench.contender.Box;
import dev.berth.bench.contender.Contender;

/** Scenario 1: create and start {@code sleep 300}, running, then removed. */
public final class Lifecycle implements Scenario {

    @Override
    public int number() {
        return 1;
    }

    @Override
    public String key() {
        return "lifecycle";
    }

    @Override
    public String title() {
        return "create+start `sleep 300` until running, then remove";
    }

    @Override
    public double goal() {
        return 1.03;
    }

    @Override
    public Trial prepare(Contender contender) {
        return () -> {
            Box box = contender.start("sleep", "300");
            box.close();
        };
    }
}
