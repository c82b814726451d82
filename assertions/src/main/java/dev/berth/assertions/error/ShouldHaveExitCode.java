package dev.berth.assertions.error;

import dev.berth.ExecMessages;

import dev.berth.ExecResult;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldHaveExitCode} renders the failure of {@code ExecResultAssert.hasExitCode(int)}: the exec exited with another code.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldHaveExitCode extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param actual the exec result
     * @param expected the expected exit code
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveExitCode(ExecResult actual, int expected) {
        return new ShouldHaveExitCode(ExecMessages.shouldHaveExitCode(ExecMessages.subject(actual), actual, expected));
    }

    private ShouldHaveExitCode(String message) {
        super("%n%s", unquotedString(message));
    }
}
