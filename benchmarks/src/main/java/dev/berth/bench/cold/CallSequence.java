package dev.berth.bench.cold;

import dev.berth.bench.contender.Box;
import dev.berth.bench.contender.Contender;
import dev.berth.bench.contender.RawContender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The child side of scenario 10: a first lifecycle and exec (client setup included), then one more of each, with a
 * mark between phases. At each mark it prints {@code MARK <phase> <own count>} (the raw transport's own count of
 * calls, -1 for other contenders) and waits for a line on stdin, so that the parent reads the proxy's count at the
 * phase boundary.
 */
final class CallSequence {

    /** The phases, in order. */
    static final String FIRST_USE = "first-use";
    static final String STARTED = "started";
    static final String EXECUTED = "exec";
    static final String REMOVED = "removed";
    static final String RUN_TO_EXIT = "run-to-exit";

    private final Contender contender;
    private final BufferedReader parent = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    CallSequence(Contender contender) {
        this.contender = contender;
    }

    void run() throws Exception {
        try (Box box = contender.start("sleep", "300")) {
            box.exec("echo", "hello");
        }
        mark(FIRST_USE);
        Box box = contender.start("sleep", "300");
        mark(STARTED);
        box.exec("echo", "hello");
        mark(EXECUTED);
        box.close();
        mark(REMOVED);
        try (Box exited = contender.runToExit("echo", "hi")) {
            exited.logs();
        }
        mark(RUN_TO_EXIT);
    }

    private void mark(String phase) throws IOException {
        long own = contender instanceof RawContender raw ? raw.engine().calls() : -1;
        System.out.println("MARK " + phase + " " + own);
        System.out.flush();
        if (parent.readLine() == null) {
            throw new IOException("the parent went away");
        }
    }
}
