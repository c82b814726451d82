package dev.berth.internal.container;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Where a container's start-up time went.
 *
 * @param pull pulling the image (zero when present)
 * @param create creating the container (and copying files in)
 * @param start starting it and reading its ports
 * @param waiting waiting until ready
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record StartupTimings(Duration pull, Duration create, Duration start, Duration waiting) {

    public Duration total() {
        return pull.plus(create).plus(start).plus(waiting);
    }

    @Override
    public String toString() {
        return "total " + ms(total()) + " " + breakdown();
    }

    /** @return e.g. {@code (pull 0 ms, create 41 ms, start 312 ms, wait 5 ms)} */
    public String breakdown() {
        return "(pull " + ms(pull) + ", create " + ms(create) + ", start " + ms(start) + ", wait " + ms(waiting) + ")";
    }

    private static String ms(Duration d) {
        return d.toMillis() + " ms";
    }
}
