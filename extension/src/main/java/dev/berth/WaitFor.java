package dev.berth;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * {@code @WaitFor} says when a container declared with {@link WithContainer @WithContainer} is ready for its tests:
 * Berth does not run a test (or a {@code @BeforeAll} method) before it holds.
 *
 * <pre>{@code
 * @WithContainer(image = "busybox:stable", command = {"httpd", "-f", "-p", "8080"}, ports = 8080,
 *                waitFor = @WaitFor(port = 8080, timeout = "30s"))
 * }</pre>
 *
 * <p>Several conditions set at once must all hold; none set means ready when the container runs. {@link Wait} has
 * the programmatic equivalents.
 *
 * <h2>Lifecycle</h2>
 * The wait begins right after the container starts and ends when every condition holds, when the timeout passes,
 * or at once when the container exits (unless {@link #exited()} is what is awaited).
 *
 * <h2>Scope</h2>
 * A wait belongs to its container: containers of one scope are awaited in parallel, and a container that others
 * name in {@code dependsOn} is awaited before they start.
 *
 * <h2>Cleanup</h2>
 * A container whose wait fails is removed at once, before the failure is reported.
 *
 * <h2>Failures</h2>
 * <ul>
 * <li>fails with {@link ContainerStartupException} when the timeout passes, or when the container exits while waited
 * on; the message carries the container's name, image and short id, what was awaited, its state and exit code,
 * the timeout and its last log lines;</li>
 * <li>fails with {@link ContainerStartupException} at once, not at the timeout, when {@link #healthy()} is awaited
 * of a container without a health check (its image defines no {@code HEALTHCHECK}); the message says how to give
 * it one, or which other wait to use;</li>
 * <li>fails with {@link org.junit.jupiter.api.extension.ExtensionConfigurationException} before any container
 * starts when {@link #timeout()} cannot be parsed, {@link #log()} is not a regular expression, {@link #logTimes()}
 * is below 1, a port is outside 1..65535, {@link #http()} is set on a container without published ports, or
 * {@link #command()} has an empty element.</li>
 * </ul>
 *
 * @since 0.1.0
 * @see Wait
 * @see WithContainer#waitFor()
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = API.Status.STABLE, since = "0.1.0")
public @interface WaitFor {

    /**
     * The configuration parameter (or system property) giving the wait timeout where {@link #timeout()} is empty,
     * e.g. {@code 90s}; default 60 s.
     */
    String DEFAULT_TIMEOUT_PROPERTY_NAME = "berth.wait.timeout";

    /**
     * A regular expression matched ({@code find} semantics) against each line of stdout and stderr. Berth follows
     * the log stream; nothing polls.
     *
     * @return the regex, or empty for none
     */
    String log() default "";

    /**
     * How many lines must match {@link #log()}.
     *
     * @return at least 1
     */
    int logTimes() default 1;

    /**
     * A container port that must be listening inside the container (checked without anything in the image).
     *
     * @return the port, or 0 for none
     */
    int port() default 0;

    /**
     * An HTTP path, e.g. {@code /health}, asked with {@code GET} on a published port until it answers
     * {@link #httpStatus()}.
     *
     * @return the path, or empty for none
     */
    String http() default "";

    /**
     * The container port {@link #http()} is asked on; it must be in {@code ports}.
     *
     * @return the port, or 0 for the first published port
     */
    int httpPort() default 0;

    /**
     * The status {@link #http()} must answer.
     *
     * @return the HTTP status
     */
    int httpStatus() default 200;

    /**
     * Ready when the engine reports the container's {@code HEALTHCHECK} healthy. An image without a
     * {@code HEALTHCHECK} fails the start at once (see {@link Wait#forHealthy()}).
     *
     * @return whether to wait for healthy
     */
    boolean healthy() default false;

    /**
     * A command (argv) exec'd in the container until it exits 0.
     *
     * @return the command, or empty for none
     */
    String[] command() default {};

    /**
     * Ready when the container has exited, whatever its exit code: for one-shot containers.
     *
     * @return whether to wait for the exit
     */
    boolean exited() default false;

    /**
     * How long to wait at most: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h} or ISO-8601 {@code PT30S}.
     * Empty: the configured default ({@value #DEFAULT_TIMEOUT_PROPERTY_NAME}), itself {@code 60s} unless set.
     *
     * @return the timeout
     */
    String timeout() default "";
}
