package dev.berth.assertions.error;

import dev.berth.ContainerHandle;
import dev.berth.PathStat;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldBeRegularFile} renders the failure of {@code ContainerFileAssert.isRegularFile()}.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldBeRegularFile extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param container the container
     * @param path the path
     * @param stat what it is instead, {@code null} when it does not exist
     * @return the message factory
     */
    public static ErrorMessageFactory shouldBeRegularFile(ContainerHandle container, String path, PathStat stat) {
        return new ShouldBeRegularFile("Expecting " + ContainerMessages.path(container, path) + "\nto be a regular file\nbut "
                + ContainerMessages.whatItIs(stat));
    }

    private ShouldBeRegularFile(String message) {
        super("%n%s", unquotedString(message));
    }
}
