package dev.berth.bench.scenario;

import dev.berth.bench.contender.Contender;

/** Scenario 3: {@code echo hello} exec'd in a running container, output read. */
public final class ExecEcho implements Scenario {

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String key() {
        return "exec-echo";
    }

    @Override
    public String title() {
        return "exec `echo hello` in a running container";
    }

    @Override
    public double goal() {
        return 1.03;
    }

    @Override
    public Trial prepare(Contender contender) throws Exception {
        return new RunningContainerTrial(contender) {
            private String stdout;

            @Override
            public void run() throws Exception {
                stdout = box.exec("echo", "hello");
            }

            @Override
            public void afterRun() {
                Check.equal("stdout", "hello\n", stdout);
            }
        };
    }
}
