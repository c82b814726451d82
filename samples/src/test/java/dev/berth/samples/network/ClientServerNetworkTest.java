package dev.berth.samples.network;

import static dev.berth.assertions.BerthAssertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.Named;
import dev.berth.WaitFor;
import dev.berth.WithContainer;
import org.junit.jupiter.api.Test;

/**
 * Sample 4: two containers on a network the class gets for itself, reaching each other by name. The client is
 * started after the server ({@code dependsOn}), and the server is ready once its port listens.
 */
@WithContainer(name = "server", image = "busybox:stable", network = "backend",
        command = {"sh", "-c", "mkdir -p /www && echo pong > /www/ping && exec httpd -f -p 80 -h /www"},
        waitFor = @WaitFor(port = 80))
@WithContainer(name = "client", image = "busybox:stable", network = "backend",
        command = {"sleep", "300"}, dependsOn = "server")
class ClientServerNetworkTest {

    @Test
    void clientReachesServerByName(@Named("client") ContainerHandle client) {
        assertThat(client.exec("wget", "-q", "-O", "-", "http://server/ping"))
                .succeeded()
                .hasStdout("pong");
    }

    @Test
    void theNameIsTheNetworkAlias(@Named("client") ContainerHandle client, @Named("server") ContainerHandle server) {
        assertThat(server).isRunning();
        assertThat(client.exec("ping", "-c", "1", "-W", "5", "server")).succeeded().hasStdoutContaining("1 packets received");
    }
}
