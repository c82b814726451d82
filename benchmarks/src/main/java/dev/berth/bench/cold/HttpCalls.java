package dev.berth.bench.cold;

import dev.berth.bench.contender.Contenders;
import dev.berth.bench.proxy.CountingProxy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 10: runs {@link CallSequence} in a child JVM whose {@code DOCKER_HOST} is a {@link CountingProxy}, and
 * reads the proxy's count at each of the child's marks.
 */
public final class HttpCalls {

    private final ChildJvm jvm;
    private final Path engineSocket;

    /** @param engineSocket the engine's socket, behind the proxy */
    public HttpCalls(ChildJvm jvm, Path engineSocket) {
        this.jvm = jvm;
        this.engineSocket = engineSocket;
    }

    public CallCounts measure(Contenders contender) throws IOException, InterruptedException {
        Path socket = Path.of(System.getProperty("java.io.tmpdir"), "berth-bench-" + ProcessHandle.current().pid()
                + "-" + contender.key() + ".sock");
        Path errors = Files.createTempFile("berth-bench-calls-", ".log");
        try (CountingProxy proxy = new CountingProxy(socket, engineSocket)) {
            Process child = jvm.builder(contender, "calls", Map.of("DOCKER_HOST", proxy.dockerHost()))
                    .redirectError(errors.toFile()).start();
            Map<String, Integer> proxied = new HashMap<>();
            Map<String, Long> own = new HashMap<>();
            readMarks(child, proxy, proxied, own);
            if (!child.waitFor(120, TimeUnit.SECONDS) || child.exitValue() != 0 || proxied.size() < 5) {
                child.destroyForcibly();
                throw new IOException("the " + contender.key() + " child failed: "
                        + String.join(" | ", tail(Files.readAllLines(errors))));
            }
            return counts(proxy, proxied, own);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static void readMarks(Process child, CountingProxy proxy, Map<String, Integer> proxied,
            Map<String, Long> own) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        OutputStream ack = child.getOutputStream();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String[] mark = line.split(" ");
            if (mark.length == 3 && mark[0].equals("MARK")) {
                proxied.put(mark[1], proxy.count());
                own.put(mark[1], Long.parseLong(mark[2]));
                ack.write('\n');
                ack.flush();
            }
        }
    }

    private static CallCounts counts(CountingProxy proxy, Map<String, Integer> p, Map<String, Long> own) {
        int first = p.get(CallSequence.FIRST_USE);
        int started = p.get(CallSequence.STARTED);
        int executed = p.get(CallSequence.EXECUTED);
        int removed = p.get(CallSequence.REMOVED);
        List<String> lifecycle = new ArrayList<>(proxy.requestsFrom(first).subList(0, started - first));
        lifecycle.addAll(proxy.requestsFrom(executed).subList(0, removed - executed));
        boolean counted = own.get(CallSequence.FIRST_USE) >= 0;
        return new CallCounts(first, (started - first) + (removed - executed), executed - started,
                p.get(CallSequence.RUN_TO_EXIT) - removed,
                counted ? own.get(CallSequence.STARTED) - own.get(CallSequence.FIRST_USE)
                        + own.get(CallSequence.REMOVED) - own.get(CallSequence.EXECUTED) : -1,
                counted ? own.get(CallSequence.EXECUTED) - own.get(CallSequence.STARTED) : -1,
                lifecycle, proxy.requestsFrom(started).subList(0, executed - started));
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 5), lines.size());
    }
}
