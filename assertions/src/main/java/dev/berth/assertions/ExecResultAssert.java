package dev.berth.assertions;

import static dev.berth.assertions.error.ShouldHaveEmptyStderr.shouldHaveEmptyStderr;
import static dev.berth.assertions.error.ShouldHaveExitCode.shouldHaveExitCode;
import static dev.berth.assertions.error.ShouldHaveFailed.shouldHaveFailed;
import static dev.berth.assertions.error.ShouldHaveStderr.shouldHaveStderr;
import static dev.berth.assertions.error.ShouldHaveStderrContaining.shouldHaveStderrContaining;
import static dev.berth.assertions.error.ShouldHaveStdout.shouldHaveStdout;
import static dev.berth.assertions.error.ShouldHaveStdoutContaining.shouldHaveStdoutContaining;
import static dev.berth.assertions.error.ShouldHaveStdoutMatching.shouldHaveStdoutMatching;
import static dev.berth.assertions.error.ShouldHaveSucceeded.shouldHaveSucceeded;
import static org.assertj.core.description.Description.mostRelevantDescription;

import dev.berth.ExecResult;
import dev.berth.ExecMessages;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.InstanceOfAssertFactories;

/**
 * {@code ExecResultAssert} checks the outcome of an exec: its exit code, stdout and stderr.
 *
 * <pre>{@code
 * assertThat(web.exec("cat", "/www/index.html")).succeeded().hasStdout("hello");
 * assertThat(web.exec("ls", "/nope")).failed().stderr().contains("No such file");
 * }</pre>
 *
 * <p>Failure messages show the exit code, stdout and stderr of the exec, in the same words as the extension's
 * {@code @ExecAssert}. A result a {@code ContainerHandle} returned is named by its command and container, e.g.
 * {@code Expecting exec of ["cat", "/nope"] in container "web" (image busybox:stable, id 1a2b3c4d5e6f):}; one built
 * with {@code new ExecResult(..)} as {@code Expecting exec result:}.
 *
 * <h2>Soft assertions</h2>
 * Works in {@link BerthSoftAssertions} and with {@code SoftAssertions.proxy(ExecResultAssert.class,
 * ExecResult.class, result)}, including the navigations {@link #stdout()} and {@link #stderr()}: they go through
 * the public {@code extracting(Function, InstanceOfAssertFactory)} of {@link AbstractObjectAssert}, the navigation
 * that AssertJ 3.x soft proxies recognise (the protected {@code AbstractAssert.extracting} is not), which is why
 * this class extends {@code AbstractObjectAssert} rather than {@code AbstractAssert}.
 *
 * @since 0.1.0
 * @see BerthAssertions#assertThat(ExecResult)
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class ExecResultAssert extends AbstractObjectAssert<ExecResultAssert, ExecResult> {

    /**
     * Creates an assertion on an exec result; prefer {@link BerthAssertions#assertThat(ExecResult)}.
     *
     * @param actual the result under test
     */
    public ExecResultAssert(ExecResult actual) {
        super(actual, ExecResultAssert.class);
    }

    /**
     * Verifies that the exec exited with code 0.
     *
     * @return this assertion
     */
    public ExecResultAssert succeeded() {
        isNotNull();
        if (actual.exitCode() != 0) {
            throw assertionError(shouldHaveSucceeded(actual));
        }
        return this;
    }

    /**
     * Verifies that the exec exited with a non-zero code (including 126 and 127: the command could not be run).
     *
     * @return this assertion
     */
    public ExecResultAssert failed() {
        isNotNull();
        if (actual.exitCode() == 0) {
            throw assertionError(shouldHaveFailed(actual));
        }
        return this;
    }

    /**
     * Verifies the exit code.
     *
     * @param expected the expected exit code
     * @return this assertion
     */
    public ExecResultAssert hasExitCode(int expected) {
        isNotNull();
        if (actual.exitCode() != expected) {
            throw assertionError(shouldHaveExitCode(actual, expected));
        }
        return this;
    }

    /**
     * Verifies that stdout is exactly the given text, ignoring one trailing line break ({@code \n} or {@code \r\n})
     * on either side, so that {@code hasStdout("hello")} holds for {@code echo hello}. The failure carries actual and
     * expected, so IDEs offer a diff.
     *
     * @param expected the expected stdout
     * @return this assertion
     */
    public ExecResultAssert hasStdout(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        String stdout = ExecMessages.withoutTrailingLineBreak(actual.stdout());
        String want = ExecMessages.withoutTrailingLineBreak(expected);
        if (!stdout.equals(want)) {
            throw failureWithActualExpected(stdout, want, "%s", shouldHaveStdout(actual, expected).create());
        }
        return this;
    }

    /**
     * Verifies that stdout contains the given text.
     *
     * @param expected the text
     * @return this assertion
     */
    public ExecResultAssert hasStdoutContaining(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.stdout().contains(expected)) {
            throw assertionError(shouldHaveStdoutContaining(actual, expected));
        }
        return this;
    }

    /**
     * Verifies that some part of stdout matches the regular expression ({@link java.util.regex.Matcher#find()}
     * semantics, as {@code @ExecAssert(stdoutMatches = ..)}); anchor it with {@code ^...$} and {@code (?m)} or
     * {@code (?s)} to match lines or the whole output.
     *
     * @param regex the regular expression
     * @return this assertion
     */
    public ExecResultAssert hasStdoutMatching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        isNotNull();
        if (!pattern.matcher(actual.stdout()).find()) {
            throw assertionError(shouldHaveStdoutMatching(actual, regex));
        }
        return this;
    }

    /**
     * Verifies that stderr is exactly the given text, ignoring one trailing line break on either side.
     *
     * @param expected the expected stderr
     * @return this assertion
     */
    public ExecResultAssert hasStderr(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        String stderr = ExecMessages.withoutTrailingLineBreak(actual.stderr());
        String want = ExecMessages.withoutTrailingLineBreak(expected);
        if (!stderr.equals(want)) {
            throw failureWithActualExpected(stderr, want, "%s", shouldHaveStderr(actual, expected).create());
        }
        return this;
    }

    /**
     * Verifies that stderr contains the given text.
     *
     * @param expected the text
     * @return this assertion
     */
    public ExecResultAssert hasStderrContaining(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.stderr().contains(expected)) {
            throw assertionError(shouldHaveStderrContaining(actual, expected));
        }
        return this;
    }

    /**
     * Verifies that nothing was written to stderr.
     *
     * @return this assertion
     */
    public ExecResultAssert hasEmptyStderr() {
        isNotNull();
        if (actual.stderrBytes().length != 0) {
            throw assertionError(shouldHaveEmptyStderr(actual));
        }
        return this;
    }

    /**
     * Navigates to an AssertJ string assertion on stdout (as is, trailing line break included). Its description is
     * this assertion's, or when there is none {@code "stdout of "} and the exec's
     * name ({@code exec of [..] in container ..}, or {@code exec result} for a result built with the constructor).
     *
     * @return the string assertion
     */
    public AbstractStringAssert<?> stdout() {
        isNotNull();
        return extracting(ExecResult::stdout, InstanceOfAssertFactories.STRING)
                .as(mostRelevantDescription(info.description(), "stdout of " + ExecMessages.subject(actual)));
    }

    /**
     * Navigates to an AssertJ string assertion on stderr (as is). Its description is this assertion's, or
     * when there is none {@code "stderr of "} and the exec's name, as for {@link #stdout()}.
     *
     * @return the string assertion
     */
    public AbstractStringAssert<?> stderr() {
        isNotNull();
        return extracting(ExecResult::stderr, InstanceOfAssertFactories.STRING)
                .as(mostRelevantDescription(info.description(), "stderr of " + ExecMessages.subject(actual)));
    }
}
