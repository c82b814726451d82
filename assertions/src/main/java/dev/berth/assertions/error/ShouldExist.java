package dev.berth.assertions.error;

import dev.berth.ContainerHandle;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldExist} renders the failure of {@code ContainerFileAssert.exists()} and {@code ContainerAssert.hasFile(String)}.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldExist extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param container the container
     * @param path the path that does not exist
     * @return the message factory
     */
    public static ErrorMessageFactory shouldExist(ContainerHandle container, String path) {
        return new ShouldExist("Expecting " + ContainerMessages.path(container, path) + "\nto exist");
    }

    private ShouldExist(String message) {
        super("%n%s", unquotedString(message));
    }
}
