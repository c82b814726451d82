package dev.berth.assertions.error;

import dev.berth.ExecMessages;

import dev.berth.ContainerHandle;
import dev.berth.PathStat;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldHaveContent} renders the failure of {@code ContainerFileAssert.hasContent(String)}.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldHaveContent extends BasicErrorMessageFactory {

    /**
     * Creates the message for a file whose content differs.
     *
     * @param container the container
     * @param path the file
     * @param expected the expected content
     * @param actual the content it has
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveContent(ContainerHandle container, String path, String expected,
                                                        String actual) {
        return new ShouldHaveContent(expecting(container, path, expected) + "\nbut it had:\n  "
                + ExecMessages.quote(actual));
    }

    /**
     * Creates the message for a path that is not a regular file.
     *
     * @param container the container
     * @param path the path
     * @param expected the expected content
     * @param stat what it is instead, {@code null} when it does not exist
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveContent(ContainerHandle container, String path, String expected,
                                                        PathStat stat) {
        return new ShouldHaveContent(expecting(container, path, expected) + "\nbut " + ContainerMessages.whatItIs(stat));
    }

    private static String expecting(ContainerHandle container, String path, String expected) {
        return "Expecting " + ContainerMessages.path(container, path) + "\nto have content:\n  "
                + ExecMessages.quote(expected);
    }

    private ShouldHaveContent(String message) {
        super("%n%s", unquotedString(message));
    }
}
