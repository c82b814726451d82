package dev.berth.assertions.error;

import dev.berth.ExecMessages;

import dev.berth.ExecResult;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldHaveStderr} renders the failure of {@code hasStderr(String)}: stderr differs from the expected text.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldHaveStderr extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param actual the exec result
     * @param expected the expected stderr
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveStderr(ExecResult actual, String expected) {
        return new ShouldHaveStderr(ExecMessages.shouldHaveStderr(ExecMessages.subject(actual), actual, expected));
    }

    private ShouldHaveStderr(String message) {
        super("%n%s", unquotedString(message));
    }
}
