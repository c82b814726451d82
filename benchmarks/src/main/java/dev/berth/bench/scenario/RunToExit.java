package dev.berth.bench.scenario;

import dev.berth.bench.contender.Box;
import dev.berth.bench.contender.Contender;

/** Scenario 2: a container running {@code echo hi} until it has exited, its logs read, then removed. */
public final class RunToExit implements Scenario {

    @Override
    public int number() {
        return 2;
    }

    @Override
    public String key() {
        return "run-to-exit";
    }

    @Override
    public String title() {
        return "run `echo hi` until exited, read logs, remove";
    }

    @Override
    public double goal() {
        return 1.03;
    }

    @Override
    public Trial prepare(Contender contender) {
        return new Trial() {
            private String logs;

            @Override
            public void run() throws Exception {
                try (Box box = contender.runToExit("echo", "hi")) {
                    logs = box.logs();
                }
            }

            @Override
            public void afterRun() {
                Check.equal("logs", "hi\n", logs);
            }
        };
    }
}
