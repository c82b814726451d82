package dev.berth.bench.scenario;

import dev.berth.bench.contender.Contender;

/**
 * A timed scenario: what one iteration does, the same for every contender. {@link #prepare} makes the untimed
 * fixture (say, a running container to exec in); the {@link Trial} it returns is then run once per iteration.
 */
public interface Scenario {

    /** @return the number used to select it on the command line, e.g. {@code 3} */
    int number();

    /** @return a short key, e.g. {@code exec-echo} */
    String key();

    /** @return what one iteration does, for the report */
    String title();

    /** @return the goal for Berth's paired ratio to raw, from issue 5 */
    double goal();

    /** @return the bytes one iteration moves, for a MB/s column; 0 for none */
    default long bytesPerIteration() {
        return 0;
    }

    /**
     * @return the most warm-up iterations worth running: scenarios whose iterations take seconds of engine time
     *         need one at most, which keeps a full run within a few minutes
     */
    default int maxWarmup() {
        return Integer.MAX_VALUE;
    }

    /** Makes the untimed fixture of this scenario for one contender. */
    Trial prepare(Contender contender) throws Exception;
}
