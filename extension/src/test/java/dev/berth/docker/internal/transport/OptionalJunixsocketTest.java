package dev.berth.docker.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.berth.NoEngine;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * junixsocket is an optional dependency: Berth's own classes, loaded where it is missing, take the JDK's unix socket
 * channel by default and say what to add when a user chooses junixsocket. No engine is needed.
 */
@NoEngine
class OptionalJunixsocketTest {

    /** Berth's classes alone, as in a user's build without junixsocket. */
    private static Object endpointWithoutJunixsocket(ClassLoader loader) throws Exception {
        Class<?> endpoint = loader.loadClass(EngineEndpoint.class.getName());
        return endpoint.getConstructor(String.class, Path.class, boolean.class, boolean.class, String.class)
                .newInstance("unix:///var/run/berth-test-missing.sock", null, false, false, "a test");
    }

    private static URLClassLoader berthOnly() throws Exception {
        URL classes = EngineEndpoint.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void theDefaultTransportNeedsNoJunixsocket() throws Exception {
        try (URLClassLoader loader = berthOnly()) {
            Object endpoint = endpointWithoutJunixsocket(loader);
            Object transport = endpoint.getClass().getMethod("transport").invoke(endpoint);

            assertThat(transport.getClass().getSimpleName()).isEqualTo("JdkUnixSocketTransport");
            assertThat(loader.getResource("org/newsclub/net/unix/AFUNIXSocket.class")).isNull();
        }
    }

    @Test
    void choosingJunixsocketWithoutItSaysWhatToAdd() throws Exception {
        String before = System.getProperty(EngineEndpoint.UNIX_TRANSPORT_PROPERTY);
        System.setProperty(EngineEndpoint.UNIX_TRANSPORT_PROPERTY, "junixsocket");
        try (URLClassLoader loader = berthOnly()) {
            Object endpoint = endpointWithoutJunixsocket(loader);

            Throwable thrown = catchThrowable(() -> endpoint.getClass().getMethod("transport").invoke(endpoint));

            assertThat(thrown).isInstanceOf(InvocationTargetException.class);
            assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class).hasMessage(
                    "berth.docker.unixTransport=junixsocket chooses junixsocket for the unix socket "
                            + "/var/run/berth-test-missing.sock, but junixsocket is not on the class path: Berth does not "
                            + "bring it. Add com.kohlschutter.junixsocket:junixsocket-core (type pom) to the test "
                            + "dependencies, or remove the setting to use the JDK's own unix socket channel.");
        } finally {
            if (before == null) {
                System.clearProperty(EngineEndpoint.UNIX_TRANSPORT_PROPERTY);
            } else {
                System.setProperty(EngineEndpoint.UNIX_TRANSPORT_PROPERTY, before);
            }
        }
    }
}
