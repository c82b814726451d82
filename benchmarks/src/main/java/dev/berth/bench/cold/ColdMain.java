package dev.berth.bench.cold;

import dev.berth.bench.contender.Box;
import dev.berth.bench.contender.Contender;
import dev.berth.bench.contender.Contenders;

/**
 * The entry point of a child JVM: {@code ColdMain <contender> cold} starts one container, execs {@code echo} in it,
 * removes it and exits (scenario 9); {@code ColdMain <contender> calls} runs {@link CallSequence} (scenario 10).
 */
public final class ColdMain {

    private ColdMain() {
    }

    public static void main(String[] args) throws Exception {
        Contenders which = Contenders.byKey(args[0]);
        String mode = args.length > 1 ? args[1] : "cold";
        try (Contender contender = which.create()) {
            if (mode.equals("calls")) {
                new CallSequence(contender).run();
            } else {
                try (Box box = contender.start("sleep", "300")) {
                    String out = box.exec("echo", "hello");
                    if (!out.equals("hello\n")) {
                        throw new IllegalStateException("exec echo gave " + out);
                    }
                }
            }
        }
        System.exit(0);
    }
}
