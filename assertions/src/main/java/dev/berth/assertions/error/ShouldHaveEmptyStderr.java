package dev.berth.assertions.error;

import dev.berth.ExecMessages;

import dev.berth.ExecResult;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldHaveEmptyStderr} renders the failure of {@code hasEmptyStderr()}: the exec wrote to stderr.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldHaveEmptyStderr extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param actual the exec result
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveEmptyStderr(ExecResult actual) {
        return new ShouldHaveEmptyStderr(ExecMessages.shouldHaveEmptyStderr(ExecMessages.subject(actual), actual));
    }

    private ShouldHaveEmptyStderr(String message) {
        super("%n%s", unquotedString(message));
    }
}
