package dev.berth.internal.wait;

import dev.berth.WaitStrategy;
import dev.berth.internal.BerthLog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs the strategies of {@link dev.berth.Wait#any} at once, each on its own thread within its own timeout and the
 * overall deadline; the first that holds ends the wait and the others are interrupted. When none holds, the failure
 * says what each was waiting for and what it saw.
 */
final class AnyWait {

    private final Waiter waiter;

    AnyWait(Waiter waiter) {
        this.waiter = waiter;
    }

    void await(WaitStrategies.Any any, long deadline) throws WaitFailure, InterruptedException {
        List<WaitStrategy> strategies = any.strategies();
        ExecutorService threads = Executors.newFixedThreadPool(strategies.size(), r -> {
            Thread t = new Thread(r, "berth-wait-any");
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<Result> runs = new ExecutorCompletionService<>(threads);
        try {
            for (int i = 0; i < strategies.size(); i++) {
                int index = i;
                WaitStrategy s = strategies.get(i);
                runs.submit(() -> {
                    long own = s.timeout().map(t -> System.nanoTime() + t.toNanos()).orElse(deadline);
                    try {
                        waiter.await(s, Math.min(own, deadline));
                        return new Result(index, null);
                    } catch (WaitFailure f) {
                        return new Result(index, f);
                    }
                });
            }
            WaitFailure[] failures = new WaitFailure[strategies.size()];
            for (int done = 0; done < strategies.size(); done++) {
                Result result;
                try {
                    result = runs.take().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
                if (result.failure() == null) {
                    BerthLog.get().log(System.Logger.Level.DEBUG, () -> "Wait.any: " + strategies.get(result.index()).description() + " held");
                    return;
                }
                failures[result.index()] = result.failure();
            }
            throw failure(strategies, failures);
        } finally {
            threads.shutdownNow();
        }
    }

    private record Result(int index, WaitFailure failure) {
    }

    private static WaitFailure failure(List<WaitStrategy> strategies, WaitFailure[] failures) {
        boolean exited = false;
        List<String> each = new ArrayList<>();
        for (int i = 0; i < failures.length; i++) {
            exited |= failures[i].exited();
            each.add(strategies.get(i).description() + ": " + failures[i].getMessage());
        }
        return new WaitFailure(exited, "none held; " + String.join("; ", each));
    }
}
