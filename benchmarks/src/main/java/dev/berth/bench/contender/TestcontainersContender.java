package dev.berth.bench.contender;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * Testcontainers 2.x as its users write it: {@link GenericContainer}, {@code start()}/{@code stop()},
 * {@code execInContainer}, {@code copyFileToContainer}/{@code copyFileFromContainer}, {@code getLogs()},
 * {@link OneShotStartupCheckStrategy} for a run-to-exit container and {@link Startables#deepStart} for parallel
 * starts.
 */
public final class TestcontainersContender implements Contender {

    private static final DockerImageName IMAGE = DockerImageName.parse(Fixture.IMAGE);

    @Override
    public String name() {
        return "testcontainers";
    }

    @Override
    public Box start(String... command) {
        GenericContainer<?> container = container(command);
        container.start();
        return new TcBox(container);
    }

    @Override
    public Box runToExit(String... command) {
        GenericContainer<?> container = container(command).withStartupCheckStrategy(new OneShotStartupCheckStrategy());
        container.start();
        return new TcBox(container);
    }

    @Override
    public List<Box> startInParallel(int count, String... command) {
        List<GenericContainer<?>> containers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            containers.add(container(command));
        }
        Startables.deepStart(containers).join();
        List<Box> boxes = new ArrayList<>();
        containers.forEach(c -> boxes.add(new TcBox(c)));
        return boxes;
    }

    @SuppressWarnings("resource")
    private static GenericContainer<?> container(String... command) {
        return new GenericContainer<>(IMAGE).withCommand(command).withLabels(Fixture.labels());
    }

    private static final class TcBox implements Box {
        private final GenericContainer<?> container;

        TcBox(GenericContainer<?> container) {
            this.container = container;
        }

        @Override
        public String exec(String... command) throws Exception {
            Container.ExecResult result = container.execInContainer(command);
            if (result.getExitCode() != 0) {
                throw new IllegalStateException("exit " + result.getExitCode() + ": " + result.getStderr());
            }
            return result.getStdout();
        }

        @Override
        public String logs() {
            return container.getLogs();
        }

        @Override
        public void copyIn(Path hostFile, String containerPath) {
            container.copyFileToContainer(MountableFile.forHostPath(hostFile), containerPath);
        }

        @Override
        public void copyOut(String containerPath, Path hostFile) {
            container.copyFileFromContainer(containerPath, hostFile.toString());
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
