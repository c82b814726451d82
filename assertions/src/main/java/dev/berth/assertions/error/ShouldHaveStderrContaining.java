package dev.berth.assertions.error;

import dev.berth.ExecMessages;

import dev.berth.ExecResult;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldHaveStderrContaining} renders the failure of {@code hasStderrContaining(String)}.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldHaveStderrContaining extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param actual the exec result
     * @param expected the text stderr should contain
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveStderrContaining(ExecResult actual, String expected) {
        return new ShouldHaveStderrContaining(ExecMessages.shouldHaveStderrContaining(ExecMessages.subject(actual), actual, expected));
    }

    private ShouldHaveStderrContaining(String message) {
        super("%n%s", unquotedString(message));
    }
}
