package dev.berth.bench.scenario;

import dev.berth.bench.contender.Contender;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scenario 6: a 10 MiB container file copied out to the host. */
public final class CopyOut implements Scenario {

    private final Workspace workspace;

    public CopyOut(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public int number() {
        return 6;
    }

    @Override
    public String key() {
        return "copy-out";
    }

    @Override
    public String title() {
        return "copy a 10 MiB file out of a running container";
    }

    @Override
    public double goal() {
        return 1.10;
    }

    @Override
    public long bytesPerIteration() {
        return Workspace.COPY_SIZE;
    }

    @Override
    public Trial prepare(Contender contender) throws Exception {
        Path target = workspace.fresh("out-" + contender.name() + ".bin");
        return new RunningContainerTrial(contender) {
            {
                box.exec("sh", "-c", "head -c " + Workspace.COPY_SIZE + " /dev/urandom > /tmp/out.bin");
            }

            @Override
            public void run() throws Exception {
                box.copyOut("/tmp/out.bin", target);
            }

            @Override
            public void afterRun() throws Exception {
                Check.equal("size on the host", (long) Workspace.COPY_SIZE, Files.size(target));
                Files.delete(target);
            }
        };
    }
}
