package dev.berth.internal.junit;

import dev.berth.ContainerLogsException;
import dev.berth.internal.container.ManagedContainer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Attaches the last log lines of every container in scope to a failure, while the scope's store is still open
 * (which a {@code TestWatcher} cannot rely on), and publishes them as report entries {@code berth.logs.<name>}.
 */
final class FailureReports {

    private FailureReports() {
    }

    static void attach(ExtensionContext context, Throwable failure) {
        if (failure instanceof TestAbortedException) {
            return;
        }
        List<ManagedContainer> containers = Scopes.containers(context);
        if (containers.isEmpty()) {
            return;
        }
        int lines = RunEngine.of(context).settings().logLinesOnFailure();
        if (lines == 0) {
            return;
        }
        for (ManagedContainer container : containers) {
            boolean attached = Arrays.stream(failure.getSuppressed())
                    .anyMatch(s -> s instanceof ContainerLogsException logs && logs.containerId().equals(container.id()));
            if (attached) {
                continue;
            }
            String tail;
            try {
                tail = container.logTail(lines);
            } catch (RuntimeException e) {
                tail = "(the logs could not be read: " + e.getMessage() + ")";
            }
            failure.addSuppressed(new ContainerLogsException(container.describe(), container.id(), lines, tail));
            context.publishReportEntry("berth.logs." + container.name(), tail.isBlank() ? "(no output)" : tail);
        }
    }
}
