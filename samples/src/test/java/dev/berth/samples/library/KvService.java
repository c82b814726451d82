package dev.berth.samples.library;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.Containers;
import dev.berth.Wait;
import dev.berth.samples.kv.KvClient;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Sample 2: a fixture a library's test suite shares across its test classes. The key-value service (busybox
 * httpd running a CGI script copied in before start) is started once per JVM, programmatically, on first use, and
 * removed when the JVM exits: Berth's shutdown hook removes every container it started and a test did not close
 * (docs/cleanup.md, layer 2; after a {@code kill -9}, its watchdog, layer 3).
 *
 * <p>Test classes say {@code @ExtendWith(KvService.class)} and take a {@link KvClient} parameter. The holder class
 * uses only what every JUnit from 5.10 to 6.x has without deprecation: no store, no {@code CloseableResource}.
 */
public final class KvService implements ParameterResolver {

    static final ContainerSpec SPEC = ContainerSpec.of("busybox:stable")
            .withName("kv")
            .withCopyToContainer(Path.of("src/test/resources/kv"), "/www")
            .withCommand("sh", "-c", "mkdir -p /data && exec httpd -f -p 8080 -h /www")
            .withExposedPorts(8080)
            .withWaitFor(Wait.forHttp("/cgi-bin/kv/health").forStatus(404));

    /** Starts the service once per JVM, on first use: the JVM runs a class's static initializer exactly once. */
    private static final class Started {
        static final ContainerHandle KV = Containers.start(SPEC);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KvClient.class || type == ContainerHandle.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ContainerHandle kv = Started.KV;
        return parameter.getParameter().getType() == ContainerHandle.class ? kv : new KvClient(kv.host(), kv.mappedPort(8080));
    }
}
