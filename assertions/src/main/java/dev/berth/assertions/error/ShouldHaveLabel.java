package dev.berth.assertions.error;

import dev.berth.ExecMessages;

import dev.berth.ContainerHandle;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldHaveLabel} renders the failure of {@code ContainerAssert.hasLabel(String, String)}.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldHaveLabel extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param actual the container
     * @param key the expected label's key
     * @param value the expected label's value
     * @param labels the labels the container has
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveLabel(ContainerHandle actual, String key, String value,
                                                      Map<String, String> labels) {
        String but = labels.containsKey(key)
                ? "its value was " + ExecMessages.quote(labels.get(key))
                : "it has no label " + ExecMessages.quote(key) + "; its labels are:\n  "
                        + labels.keySet().stream().sorted().map(ExecMessages::quote).collect(Collectors.joining(", ", "[", "]"));
        return new ShouldHaveLabel("Expecting " + ContainerMessages.container(actual) + "\nto have label "
                + ExecMessages.quote(key) + " with value " + ExecMessages.quote(value) + "\nbut " + but);
    }

    private ShouldHaveLabel(String message) {
        super("%n%s", unquotedString(message));
    }
}
