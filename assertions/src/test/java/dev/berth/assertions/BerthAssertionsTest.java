package dev.berth.assertions;

import static dev.berth.assertions.BerthAssertions.assertThat;
import static dev.berth.assertions.BerthInstanceOfAssertFactories.CONTAINER;
import static dev.berth.assertions.BerthInstanceOfAssertFactories.CONTAINER_FILE;
import static dev.berth.assertions.BerthInstanceOfAssertFactories.EXEC_RESULT;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.berth.ContainerHandle;
import dev.berth.ExecResult;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The entry points and the instance-of factories; no engine needed. */
@NoEngine
class BerthAssertionsTest {

    static final ExecResult OK = new ExecResult(0, "hi\n".getBytes(StandardCharsets.UTF_8), new byte[0]);

    /** A handle that only knows who it is: enough to create assertions without running a check. */
    static final ContainerHandle STUB = (ContainerHandle) Proxy.newProxyInstance(
            ContainerHandle.class.getClassLoader(), new Class<?>[] {ContainerHandle.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "name" -> "web";
                case "image" -> "busybox:stable";
                case "id" -> "0123456789abcdef0123";
                case "toString" -> "stub";
                default -> throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void assertThat_picks_the_assertion_for_each_type() {
        Assertions.assertThat(assertThat(OK)).isExactlyInstanceOf(ExecResultAssert.class);
        Assertions.assertThat(assertThat(STUB)).isExactlyInstanceOf(ContainerAssert.class);
        Assertions.assertThat(assertThat(new ContainerFileAssert.ContainerPath(STUB, "/www")))
                .isExactlyInstanceOf(ContainerFileAssert.class);
    }

    @Test
    void instance_of_factories_narrow_to_Berth_assertions() {
        Assertions.assertThat((Object) OK).asInstanceOf(EXEC_RESULT).succeeded().hasStdout("hi");
        Assertions.assertThat(List.of(OK)).first(EXEC_RESULT).hasExitCode(0);
        Assertions.assertThat((Object) STUB).asInstanceOf(CONTAINER).isSameAs(STUB);
        Assertions.assertThat((Object) new ContainerFileAssert.ContainerPath(STUB, "/www"))
                .asInstanceOf(CONTAINER_FILE).extracting(ContainerFileAssert.ContainerPath::path).isEqualTo("/www");
    }

    @Test
    void instance_of_factories_reject_other_types_with_AssertJ_s_message() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> Assertions.assertThat((Object) "text").asInstanceOf(EXEC_RESULT))
                .withMessageContaining("to be an instance of:\n  dev.berth.ExecResult");
    }

    @Test
    void a_container_path_names_the_path_and_the_container() {
        Assertions.assertThat(new ContainerFileAssert.ContainerPath(STUB, "/www"))
                .hasToString("\"/www\" in container \"web\" (image busybox:stable, id 0123456789ab)");
    }
}
