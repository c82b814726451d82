package dev.berth.assertions.error;

import dev.berth.ContainerHandle;
import dev.berth.docker.model.ContainerState;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldBeRunning} renders the failure of {@code ContainerAssert.isRunning()}.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldBeRunning extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param actual the container
     * @param state its state, {@code null} when it no longer exists
     * @return the message factory
     */
    public static ErrorMessageFactory shouldBeRunning(ContainerHandle actual, ContainerState state) {
        return new ShouldBeRunning("Expecting " + ContainerMessages.container(actual) + "\nto be running\nbut "
                + ContainerMessages.state(state));
    }

    private ShouldBeRunning(String message) {
        super("%n%s", unquotedString(message));
    }
}
