package dev.berth.assertions.error;

import dev.berth.ExecMessages;

import dev.berth.ExecResult;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldHaveStdoutMatching} renders the failure of {@code hasStdoutMatching(String)}: no part of stdout matches the regex.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldHaveStdoutMatching extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param actual the exec result
     * @param regex the regular expression
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveStdoutMatching(ExecResult actual, String regex) {
        return new ShouldHaveStdoutMatching(ExecMessages.shouldHaveStdoutMatching(ExecMessages.subject(actual), actual, regex));
    }

    private ShouldHaveStdoutMatching(String message) {
        super("%n%s", unquotedString(message));
    }
}
