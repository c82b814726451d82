package dev.berth.assertions.error;

import dev.berth.ContainerHandle;
import dev.berth.docker.model.ContainerState;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldNotBeRunning} renders the failure of {@code ContainerAssert.isNotRunning()}.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldNotBeRunning extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param actual the container
     * @param state its state
     * @return the message factory
     */
    public static ErrorMessageFactory shouldNotBeRunning(ContainerHandle actual, ContainerState state) {
        return new ShouldNotBeRunning("Expecting " + ContainerMessages.container(actual) + "\nnot to be running\nbut "
                + ContainerMessages.state(state));
    }

    private ShouldNotBeRunning(String message) {
        super("%n%s", unquotedString(message));
    }
}
