package dev.berth.assertions.error;

import dev.berth.ContainerHandle;
import dev.berth.PathStat;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldHaveMode} renders the failure of {@code ContainerFileAssert.hasMode(int)}; modes are shown in octal.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldHaveMode extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param container the container
     * @param path the path
     * @param expected the expected permission bits
     * @param stat what the path is, {@code null} when it does not exist
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveMode(ContainerHandle container, String path, int expected,
                                                     PathStat stat) {
        String but = stat == null ? "it does not exist" : "it has mode " + ContainerMessages.mode(stat.mode());
        return new ShouldHaveMode("Expecting " + ContainerMessages.path(container, path) + "\nto have mode "
                + ContainerMessages.mode(expected) + "\nbut " + but);
    }

    private ShouldHaveMode(String message) {
        super("%n%s", unquotedString(message));
    }
}
