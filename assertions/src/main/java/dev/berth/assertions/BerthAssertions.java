package dev.berth.assertions;

import dev.berth.ContainerHandle;
import dev.berth.ExecResult;
import org.apiguardian.api.API;

/**
 * {@code BerthAssertions} is the entry point to Berth's AssertJ assertions on exec results, containers and paths
 * inside containers. Import it statically next to AssertJ's {@code Assertions}:
 *
 * <pre>{@code
 * import static dev.berth.assertions.BerthAssertions.assertThat;
 *
 * assertThat(web.exec("cat", "/www/index.html")).succeeded().hasStdout("hello");
 * assertThat(web).isRunning().file("/www").isDirectory();
 * }</pre>
 *
 * <p>For soft assertions, use {@link BerthSoftAssertions}.
 *
 * @since 0.1.0
 * @see ExecResultAssert
 * @see ContainerAssert
 * @see ContainerFileAssert
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class BerthAssertions implements BerthInstanceOfAssertFactories {

    /** For subclasses that add their own entry points; the methods are static. */
    protected BerthAssertions() {
    }

    /**
     * Starts assertions on the outcome of an exec.
     *
     * @param actual the result under test
     * @return the assertion
     */
    public static ExecResultAssert assertThat(ExecResult actual) {
        return new ExecResultAssert(actual);
    }

    /**
     * Starts assertions on a container.
     *
     * @param actual the container under test
     * @return the assertion
     */
    public static ContainerAssert assertThat(ContainerHandle actual) {
        return new ContainerAssert(actual);
    }

    /**
     * Starts assertions on a path inside a container; {@code assertThat(container).file(path)} reads better.
     *
     * @param actual the path under test
     * @return the assertion
     */
    public static ContainerFileAssert assertThat(ContainerFileAssert.ContainerPath actual) {
        return new ContainerFileAssert(actual);
    }
}
