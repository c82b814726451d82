package dev.berth.bench.cold;

import java.util.List;

/**
 * Scenario 10's counts for one contender, as seen by the counting proxy.
 *
 * @param firstUse requests of the first lifecycle and exec in a fresh JVM, client setup included
 * @param lifecycle requests to create and start a container until running, then remove it
 * @param exec requests of one exec, output and exit code included
 * @param runToExit requests to run {@code echo hi} to its exit, read its logs and remove it
 * @param ownLifecycle the raw transport's own count for a lifecycle (-1 for other contenders), a check on the proxy
 * @param ownExec the raw transport's own count for an exec (-1 for other contenders)
 * @param lifecycleRequests the request lines of the lifecycle
 * @param execRequests the request lines of the exec
 */
public record CallCounts(int firstUse, int lifecycle, int exec, int runToExit, long ownLifecycle, long ownExec,
        List<String> lifecycleRequests, List<String> execRequests) {
}
