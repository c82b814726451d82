package dev.berth.internal.wait;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Polls a user's check ({@link dev.berth.Wait#until}) until it returns true, with the guarantees of the built-in
 * waits: the timeout holds even when the check blocks (it runs on its own thread, interrupted when the wait ends),
 * the container's exit ends the wait at once, and the failure says what the check last did.
 */
final class CheckWait {

    private final WaitTarget target;

    CheckWait(WaitTarget target) {
        this.target = target;
    }

    void await(WaitStrategies.Until until, long deadline) throws WaitFailure, InterruptedException {
        String id = target.id();
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "berth-wait-check-" + id.substring(0, Math.min(12, id.length())));
            t.setDaemon(true);
            return t;
        });
        Outcome last = new Outcome();
        try (ExitWatcher exit = new ExitWatcher(target.docker(), id)) {
            Duration pause = Waiter.FIRST_PAUSE;
            while (true) {
                if (last.attempts > 0 && System.nanoTime() - deadline >= 0) {
                    throw last.failure(false, null); // the pause reached the deadline: a call now could not finish
                }
                CompletableFuture<Boolean> attempt = CompletableFuture.supplyAsync(() -> {
                    try {
                        return until.check().ready(target.handle());
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                }, runner);
                last.attempts++;
                try {
                    CompletableFuture.anyOf(attempt, exit.exited()).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    throw last.failure(false, "the last call was still running when the timeout passed");
                } catch (ExecutionException e) {
                    // the attempt threw: read below
                }
                if (attempt.isDone()) {
                    if (last.record(attempt)) {
                        return;
                    }
                } else {
                    throw last.failure(true, "the last call was still running when the container exited");
                }
                if (exit.hasExited()) {
                    throw last.failure(true, null);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw last.failure(false, null);
                }
                if (exit.pause(Duration.ofNanos(Math.min(left, pause.toNanos())))) {
                    throw last.failure(true, null);
                }
                pause = pause.multipliedBy(2).compareTo(Waiter.MAX_PAUSE) > 0 ? Waiter.MAX_PAUSE : pause.multipliedBy(2);
            }
        } finally {
            runner.shutdownNow(); // interrupts a check still running
        }
    }

    /** What the check did so far. */
    private static final class Outcome {
        int attempts;
        int finished;
        Throwable thrown;

        /** @return whether the finished attempt said ready */
        boolean record(CompletableFuture<Boolean> attempt) throws InterruptedException {
            finished++;
            try {
                if (Boolean.TRUE.equals(attempt.get())) {
                    return true;
                }
                thrown = null;
            } catch (ExecutionException e) {
                thrown = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            }
            return false;
        }

        WaitFailure failure(boolean exited, String running) {
            StringBuilder detail = new StringBuilder("called the check " + attempts + " time(s)");
            if (finished > 0) {
                detail.append(thrown != null ? "; it last threw " + thrown : "; it last returned false");
            }
            if (running != null) {
                detail.append("; ").append(running);
            }
            return new WaitFailure(exited, detail.toString(), thrown);
        }
    }
}
