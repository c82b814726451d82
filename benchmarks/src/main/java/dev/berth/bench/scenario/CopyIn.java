package dev.berth.bench.scenario;

import dev.berth.bench.contender.Contender;

/** Scenario 5: a 10 MiB host file copied into a running container. */
public final class CopyIn implements Scenario {

    private final Workspace workspace;

    public CopyIn(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String key() {
        return "copy-in";
    }

    @Override
    public String title() {
        return "copy a 10 MiB file into a running container";
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
        workspace.input();
        return new RunningContainerTrial(contender) {
            @Override
            public void run() throws Exception {
                box.copyIn(workspace.input(), "/tmp/in.bin");
            }

            @Override
            public void afterRun() throws Exception {
                Check.equal("size in the container", Workspace.COPY_SIZE + "\n",
                        box.exec("stat", "-c", "%s", "/tmp/in.bin"));
                box.exec("rm", "/tmp/in.bin");
            }
        };
    }
}
