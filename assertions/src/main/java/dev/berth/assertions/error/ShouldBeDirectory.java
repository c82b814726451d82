package dev.berth.assertions.error;

import dev.berth.ContainerHandle;
import dev.berth.PathStat;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldBeDirectory} renders the failure of {@code ContainerFileAssert.isDirectory()}.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldBeDirectory extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param container the container
     * @param path the path
     * @param stat what it is instead, {@code null} when it does not exist
     * @return the message factory
     */
    public static ErrorMessageFactory shouldBeDirectory(ContainerHandle container, String path, PathStat stat) {
        return new ShouldBeDirectory("Expecting " + ContainerMessages.path(container, path) + "\nto be a directory\nbut "
                + ContainerMessages.whatItIs(stat));
    }

    private ShouldBeDirectory(String message) {
        super("%n%s", unquotedString(message));
    }
}
