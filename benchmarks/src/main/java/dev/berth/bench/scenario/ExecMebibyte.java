package dev.berth.bench.scenario;

import dev.berth.bench.contender.Contender;

/** Scenario 4: an exec writing 1 MiB of text to stdout ({@code cat} of a file made beforehand), all of it read. */
public final class ExecMebibyte implements Scenario {

    static final int SIZE = 1 << 20;

    /** Makes the file once, untimed: the timed exec then only {@code cat}s it, so the client's part shows. */
    private static final String MAKE_FILE = "yes 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde"
            + " | head -c " + SIZE + " > /tmp/mib.txt";

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
        return "exec `cat` of a 1 MiB text file, all stdout read";
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

            {
                box.exec("sh", "-c", MAKE_FILE);
            }

            @Override
            public void run() throws Exception {
                length = box.exec("cat", "/tmp/mib.txt").length();
            }

            @Override
            public void afterRun() {
                Check.equal("stdout length", SIZE, length);
            }
        };
    }
}
