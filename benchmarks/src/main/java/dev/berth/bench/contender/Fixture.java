package dev.berth.bench.contender;

import java.util.Map;
import java.util.UUID;

/** What every contender's containers share: the image and the labels that mark them as the benchmark's. */
public final class Fixture {

    /** The image of every container (present locally; never pulled). */
    public static final String IMAGE = "busybox:stable";

    /** The label every benchmark container carries. */
    public static final String LABEL = "dev.berth.bench";

    /** The label naming this run, so that cleanup removes this run's containers only. */
    public static final String RUN_LABEL = "dev.berth.bench.run";

    /** This run's id: inherited by child JVMs through {@code BERTH_BENCH_RUN}. */
    public static final String RUN_ID = runId();

    private Fixture() {
    }

    /** @return the labels to put on a container */
    public static Map<String, String> labels() {
        return Map.of(LABEL, "true", RUN_LABEL, RUN_ID);
    }

    /** @return the filter ({@code key=value}) that finds this run's containers */
    public static String runFilter() {
        return RUN_LABEL + "=" + RUN_ID;
    }

    private static String runId() {
        String inherited = System.getenv("BERTH_BENCH_RUN");
        return inherited != null ? inherited : UUID.randomUUID().toString().substring(0, 8);
    }
}
