package dev.berth.assertions.error;

import dev.berth.ExecMessages;

import dev.berth.ContainerHandle;
import dev.berth.docker.model.ContainerState;
import java.time.Duration;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldHaveLogLineMatching} renders the failure of {@code ContainerAssert.hasLogLineMatching(String)} and {@code hasLogLineMatchingWithin(String, Duration)}: no line of the logs matches the regex.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldHaveLogLineMatching extends BasicErrorMessageFactory {

    /**
     * Creates the message for a check of the logs so far.
     *
     * @param actual the container
     * @param regex the regular expression
     * @param logs the logs that were searched
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveLogLineMatching(ContainerHandle actual, String regex, String logs) {
        return new ShouldHaveLogLineMatching(expecting(actual, regex, logs));
    }

    /**
     * Creates the message for a wait that timed out.
     *
     * @param actual the container
     * @param regex the regular expression
     * @param timeout how long the wait took
     * @param logs the logs that were searched last
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveLogLineMatchingWithin(ContainerHandle actual, String regex,
                                                                      Duration timeout, String logs) {
        return new ShouldHaveLogLineMatching(expecting(actual, regex, logs) + "\nwithin "
                + ContainerMessages.duration(timeout));
    }

    /**
     * Creates the message for a wait that ended early because the container stopped.
     *
     * @param actual the container
     * @param regex the regular expression
     * @param timeout how long the wait could have taken
     * @param logs the container's complete logs
     * @param state its state when the wait gave up, {@code null} when it no longer exists
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveLogLineMatchingWithin(ContainerHandle actual, String regex,
                                                                      Duration timeout, String logs,
                                                                      ContainerState state) {
        return new ShouldHaveLogLineMatching(expecting(actual, regex, logs) + "\nwithin "
                + ContainerMessages.duration(timeout) + "\nbut the container stopped first: "
                + ContainerMessages.state(state));
    }

    private static String expecting(ContainerHandle actual, String regex, String logs) {
        return "Expecting logs of " + ContainerMessages.container(actual) + ":" + ContainerMessages.logTail(logs)
                + "\nto have a line matching:\n  " + ExecMessages.quote(regex);
    }

    private ShouldHaveLogLineMatching(String message) {
        super("%n%s", unquotedString(message));
    }
}
