package dev.berth.reliability;

import static dev.berth.reliability.Reliability.sleeper;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.Containers;
import dev.berth.docker.model.PortBinding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Published ports are reachable from this machine only, unless the user asks for another address. */
class PortBindingTest {

    @AfterAll
    static void nothingLeft() {
        Reliability.assertNothingLeft();
    }

    private static Map<String, List<PortBinding>> bindings(ContainerHandle c) {
        return c.docker().containers().inspect(c.id()).networkSettings().ports();
    }

    @Test
    void loopbackByDefault() {
        try (ContainerHandle c = Containers.start(sleeper().withExposedPorts(8080, 9090))) {
            assertThat(bindings(c).get("8080/tcp")).extracting(PortBinding::hostIp).containsExactly(ContainerSpec.DEFAULT_BIND_ADDRESS);
            assertThat(bindings(c).get("9090/tcp")).extracting(PortBinding::hostIp).containsExactly("127.0.0.1");
            assertThat(c.host()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void allInterfacesOnlyWhenAsked() {
        try (ContainerHandle c = Containers.start(sleeper().withExposedPorts(8080).withPortBindAddress("0.0.0.0"))) {
            assertThat(bindings(c).get("8080/tcp")).extracting(PortBinding::hostIp).containsExactly("0.0.0.0");
        }
    }
}
