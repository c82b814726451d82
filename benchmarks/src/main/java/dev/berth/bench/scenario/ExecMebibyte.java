package dev.berth.bench.scenario;

import dev.berth.bench.contender.Contender;

/** Scenario 4: an exec writing 1 MiB to stdout, all of it read. */
public final class ExecMebibyte implements Scenario {

    static final int SIZE = 1 << 20;

    private static final String COMMAND = "yes 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde | head -c "
            + SIZE;

    @Override
    public int number() {
        return 4;
    }

    @Override
    public String key() {
        return "exec-1mib";
    }

    @Override
    public String title() {
        return "exec writing 1 MiB to stdout";
    }

    @Override
    public double goal() {
        return 1.10;
    }

    @Override
    public long bytesPerIteration() {
        return SIZE;
    }

    @Override
    public Trial prepare(Contender contender) throws Exception {
        return new RunningContainerTrial(contender) {
            private int length;

            @Override
            public void run() throws Exception {
                length = box.exec("sh", "-c", COMMAND).length();
            }

            @Override
            public void afterRun() {
                Check.equal("stdout length", SIZE, length);
            }
        };
    }
}
