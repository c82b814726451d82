package dev.berth.bench.scenario;

import dev.berth.bench.contender.Box;
import dev.berth.bench.contender.Contender;

/** Scenario 7: the logs of a container that printed 100,000 lines and exited, read whole. */
public final class Logs implements Scenario {

    private static final int LINES = 100_000;

    @Override
    public int number() {
        return 7;
    }

    @Override
    public String key() {
        return "logs-100k";
    }

    @Override
    public String title() {
        return "read the logs (100k lines) of an exited container";
    }

    @Override
    public double goal() {
        return 1.05;
    }

    @Override
    public int maxWarmup() {
        return 1;
    }

    @Override
    public Trial prepare(Contender contender) throws Exception {
        Box box = contender.runToExit("seq", "1", String.valueOf(LINES));
        return new Trial() {
            private String logs;

            @Override
            public void run() throws Exception {
                logs = box.logs();
            }

            @Override
            public void afterRun() {
                Check.equal("lines", LINES, (int) logs.chars().filter(c -> c == '\n').count());
            }

            @Override
            public void cleanUp() throws Exception {
                box.close();
            }
        };
    }
}
