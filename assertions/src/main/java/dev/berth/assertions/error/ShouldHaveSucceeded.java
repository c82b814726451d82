package dev.berth.assertions.error;

import dev.berth.ExecMessages;

import dev.berth.ExecResult;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldHaveSucceeded} renders the failure of {@code succeeded()}: the exec exited with a non-zero code.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldHaveSucceeded extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param actual the exec result
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveSucceeded(ExecResult actual) {
        return new ShouldHaveSucceeded(ExecMessages.shouldHaveSucceeded(ExecMessages.subject(actual), actual));
    }

    private ShouldHaveSucceeded(String message) {
        super("%n%s", unquotedString(message));
    }
}
