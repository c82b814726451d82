package dev.berth.assertions.error;

import dev.berth.ContainerHandle;
import dev.berth.docker.model.ContainerState;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code ShouldHaveExited} renders the failure of {@code ContainerAssert.hasExitCode(int)}: the container is still running, exited with another code, or is gone.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ShouldHaveExited extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param actual the container
     * @param expected the expected exit code
     * @param state its state, {@code null} when it no longer exists
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveExited(ContainerHandle actual, int expected, ContainerState state) {
        String but = state != null && "exited".equals(state.status())
                ? "it exited with code " + state.exitCode()
                : ContainerMessages.state(state);
        return new ShouldHaveExited("Expecting " + ContainerMessages.container(actual) + "\nto have exited with code "
                + expected + "\nbut " + but);
    }

    private ShouldHaveExited(String message) {
        super("%n%s", unquotedString(message));
    }
}
