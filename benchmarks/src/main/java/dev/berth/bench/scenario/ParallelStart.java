package dev.berth.bench.scenario;

import dev.berth.bench.contender.Box;
import dev.berth.bench.contender.Contender;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Scenario 8: 16 containers started at once, until all run; removed (untimed) after each iteration. */
public final class ParallelStart implements Scenario {

    private static final int COUNT = 16;

    @Override
    public int number() {
        return 8;
    }

    @Override
    public String key() {
        return "parallel-16";
    }

    @Override
    public String title() {
        return COUNT + " containers started at once, until all are running";
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
    public Trial prepare(Contender contender) {
        return new Trial() {
            private final ExecutorService remover = Executors.newFixedThreadPool(COUNT);
            private List<Box> boxes = List.of();

            @Override
            public void run() throws Exception {
                boxes = contender.startInParallel(COUNT, "sleep", "300");
            }

            @Override
            public void afterRun() throws Exception {
                Check.equal("containers", COUNT, boxes.size());
                removeAll();
            }

            @Override
            public void cleanUp() throws Exception {
                try {
                    removeAll();
                } finally {
                    remover.shutdownNow();
                }
            }

            private void removeAll() throws Exception {
                List<Future<?>> removals = new ArrayList<>();
                for (Box box : boxes) {
                    removals.add(remover.submit(() -> {
                        box.close();
                        return null;
                    }));
                }
                boxes = List.of();
                for (Future<?> f : removals) {
                    f.get();
                }
            }
        };
    }
}
