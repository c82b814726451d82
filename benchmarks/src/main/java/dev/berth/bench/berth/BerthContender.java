package dev.berth.bench.berth;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.Containers;
import dev.berth.ExecResult;
import dev.berth.Wait;
import dev.berth.bench.contender.Box;
import dev.berth.bench.contender.Contender;
import dev.berth.bench.contender.Fixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Berth through its public API only (API.md §3–4): {@link ContainerSpec}, {@link Containers#start}, the
 * {@link ContainerHandle} methods and {@link Wait#forExit()}. Berth labels its containers itself
 * ({@code dev.berth.managed}, {@code dev.berth.session}) and removes them on {@code close()} and at JVM exit.
 *
 * <p>Compiled with the benchmarks module, which has berth-extension on its class path; the class-path measurement
 * resolves each contender's jars separately, so Berth's jars are not counted for the others.
 */
public final class BerthContender implements Contender {

    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "berth-parallel");
        t.setDaemon(true);
        return t;
    });

    @Override
    public String name() {
        return "berth";
    }

    @Override
    public Box start(String... command) {
        return new BerthBox(Containers.start(ContainerSpec.of(Fixture.IMAGE).withCommand(command)));
    }

    @Override
    public Box runToExit(String... command) {
        return new BerthBox(Containers.start(
                ContainerSpec.of(Fixture.IMAGE).withCommand(command).withWaitFor(Wait.forExit())));
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

    private static final class BerthBox implements Box {
        private final ContainerHandle handle;

        BerthBox(ContainerHandle handle) {
            this.handle = handle;
        }

        @Override
        public String exec(String... command) {
            ExecResult result = handle.exec(command);
            if (result.exitCode() != 0) {
                throw new IllegalStateException("exit " + result.exitCode() + ": " + result.stderr());
            }
            return result.stdout();
        }

        @Override
        public String logs() {
            return handle.logs();
        }

        @Override
        public void copyIn(Path hostFile, String containerPath) {
            handle.copyToContainer(hostFile, containerPath);
        }

        @Override
        public void copyOut(String containerPath, Path hostFile) {
            handle.copyFromContainer(containerPath, hostFile);
        }

        @Override
        public void close() {
            handle.close();
        }
    }
}
