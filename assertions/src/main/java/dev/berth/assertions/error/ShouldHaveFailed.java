package dev.berth.assertions.error;

import dev.berth.ExecMessages;

import dev.berth.ExecResult;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldHaveFailed} renders the failure of {@code failed()}: the exec exited with code 0.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldHaveFailed extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param actual the exec result
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveFailed(ExecResult actual) {
        return new ShouldHaveFailed(ExecMessages.shouldHaveFailed(ExecMessages.subject(actual), actual));
    }

    private ShouldHaveFailed(String message) {
        super("%n%s", unquotedString(message));
    }
}
