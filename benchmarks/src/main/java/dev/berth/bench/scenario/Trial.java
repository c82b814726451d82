package dev.berth.bench.scenario;

/** One contender's side of a {@link Scenario}: {@link #run()} is the timed part, the rest is not. */
public interface Trial {

    /** One timed iteration. */
    void run() throws Exception;

    /** Untimed, after each iteration: undo what it left (containers, files) and check its result. */
    default void afterRun() throws Exception {
    }

    /** Removes the fixture. */
    default void cleanUp() throws Exception {
    }
}
