package dev.berth.assertions.error;

import dev.berth.ContainerHandle;
import dev.berth.PathStat;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldNotExist} renders the failure of {@code ContainerFileAssert.doesNotExist()}.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldNotExist extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param container the container
     * @param path the path that exists
     * @param stat what it is
     * @return the message factory
     */
    public static ErrorMessageFactory shouldNotExist(ContainerHandle container, String path, PathStat stat) {
        return new ShouldNotExist("Expecting " + ContainerMessages.path(container, path) + "\nnot to exist\nbut it is "
                + ContainerMessages.kind(stat));
    }

    private ShouldNotExist(String message) {
        super("%n%s", unquotedString(message));
    }
}
