package dev.berth.assertions;

import dev.berth.ContainerHandle;
import dev.berth.ExecResult;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;

/**
 * {@code BerthSoftAssertions} collects failures of Berth's and AssertJ's assertions and reports them all at once,
 * like AssertJ's {@code SoftAssertions}, which it mirrors (it has all of its {@code assertThat} methods).
 *
 * <pre>{@code
 * BerthSoftAssertions.assertSoftly(softly -> {
 *     softly.assertThat(web).isRunning();
 *     softly.assertThat(web).file("/www/index.html").hasContent("hello");
 *     softly.assertThat(web.exec("id", "-u")).succeeded().stdout().startsWith("0");
 * });
 * }</pre>
 *
 * <p>Navigations ({@code stdout()}, {@code stderr()}, {@code logs()}, {@code file(..)}) stay soft. With JUnit 5,
 * AssertJ's {@code SoftAssertionsExtension} can inject a {@code BerthSoftAssertions} parameter or field.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class BerthSoftAssertions extends AbstractSoftAssertions
        implements StandardSoftAssertionsProvider, BerthInstanceOfAssertFactories {

    /** Creates an empty collector; call {@link #assertAll()} at the end. */
    public BerthSoftAssertions() {
    }

    /**
     * Runs the assertions and throws one error listing every failure, if any.
     *
     * @param softly the assertions, made on the {@code BerthSoftAssertions} passed in
     */
    public static void assertSoftly(Consumer<BerthSoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(BerthSoftAssertions.class, softly);
    }

    /**
     * Starts soft assertions on the outcome of an exec.
     *
     * @param actual the result under test
     * @return the soft assertion
     */
    public ExecResultAssert assertThat(ExecResult actual) {
        return proxy(ExecResultAssert.class, ExecResult.class, actual);
    }

    /**
     * Starts soft assertions on a container.
     *
     * @param actual the container under test
     * @return the soft assertion
     */
    public ContainerAssert assertThat(ContainerHandle actual) {
        return proxy(ContainerAssert.class, ContainerHandle.class, actual);
    }

    /**
     * Starts soft assertions on a path inside a container.
     *
     * @param actual the path under test
     * @return the soft assertion
     */
    public ContainerFileAssert assertThat(ContainerFileAssert.ContainerPath actual) {
        return proxy(ContainerFileAssert.class, ContainerFileAssert.ContainerPath.class, actual);
    }
}
