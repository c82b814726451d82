package dev.berth.assertions;

import dev.berth.ContainerHandle;
import dev.berth.ExecResult;
import org.apiguardian.api.API;
import org.assertj.core.api.InstanceOfAssertFactory;

/**
 * {@code BerthInstanceOfAssertFactories} holds the {@link InstanceOfAssertFactory} constants for Berth's types, for
 * AssertJ's {@code asInstanceOf(..)} and {@code extracting(.., factory)}:
 *
 * <pre>{@code
 * assertThat(results).first(EXEC_RESULT).succeeded();
 * assertThat(fixture).extracting(Fixture::web, CONTAINER).isRunning();
 * }</pre>
 *
 * <p>{@link BerthAssertions} and {@link BerthSoftAssertions} implement it, so a static import of either brings
 * the constants along.
 *
 * <p>Experimental: not pinned by the API contract, so it may change in a minor release.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface BerthInstanceOfAssertFactories {

    /** Narrows to {@link ExecResult}, giving an {@link ExecResultAssert}. */
    InstanceOfAssertFactory<ExecResult, ExecResultAssert> EXEC_RESULT =
            new InstanceOfAssertFactory<>(ExecResult.class, ExecResultAssert::new);

    /** Narrows to {@link ContainerHandle}, giving a {@link ContainerAssert}. */
    InstanceOfAssertFactory<ContainerHandle, ContainerAssert> CONTAINER =
            new InstanceOfAssertFactory<>(ContainerHandle.class, ContainerAssert::new);

    /** Narrows to {@link ContainerFileAssert.ContainerPath}, giving a {@link ContainerFileAssert}. */
    InstanceOfAssertFactory<ContainerFileAssert.ContainerPath, ContainerFileAssert> CONTAINER_FILE =
            new InstanceOfAssertFactory<>(ContainerFileAssert.ContainerPath.class, ContainerFileAssert::new);
}
