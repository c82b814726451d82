package dev.berth.bench.contender;

import dev.berth.bench.raw.ExecOutput;
import dev.berth.bench.raw.RawEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The baseline: {@link RawEngine}, the fewest calls the engine allows, nothing else. */
public final class RawContender implements Contender {

    private final RawEngine engine = RawEngine.fromEnvironment();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raw-parallel");
        t.setDaemon(true);
        return t;
    });

    /** @return the engine client, for its call count */
    public RawEngine engine() {
        return engine;
    }

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public Box start(String... command) throws Exception {
        String id = engine.create(Fixture.IMAGE, List.of(command), Fixture.labels());
        try {
            engine.start(id);
        } catch (Exception e) {
            engine.remove(id);
            throw e;
        }
        return new RawBox(id);
    }

    @Override
    public Box runToExit(String... command) throws Exception {
        Box box = start(command);
        engine.waitForExit(((RawBox) box).id);
        return box;
    }

    @Override
    public List<Box> startInParallel(int count, String... command) throws Exception {
        List<Future<Box>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> start(command)));
        }
        List<Box> boxes = new ArrayList<>();
        for (Future<Box> f : futures) {
            boxes.add(f.get());
        }
        return boxes;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private final class RawBox implements Box {
        private final String id;

        RawBox(String id) {
            this.id = id;
        }

        @Override
        public String exec(String... command) throws Exception {
            ExecOutput out = engine.exec(id, List.of(command));
            if (out.exitCode() != 0) {
                throw new IllegalStateException("exit " + out.exitCode() + ": " + out.stderrText());
            }
            return out.stdoutText();
        }

        @Override
        public String logs() throws Exception {
            return engine.logs(id);
        }

        @Override
        public void copyIn(Path hostFile, String containerPath) throws Exception {
            int slash = containerPath.lastIndexOf('/');
            engine.copyIn(id, hostFile, slash == 0 ? "/" : containerPath.substring(0, slash),
                    containerPath.substring(slash + 1));
        }

        @Override
        public void copyOut(String containerPath, Path hostFile) throws Exception {
            engine.copyOut(id, containerPath, hostFile);
        }

        @Override
        public void close() throws IOException {
            engine.remove(id);
        }
    }
}
