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
 * httpd running a CGI script copied in before start) is started once, programmatically, on first use, and
 * kept in the root store, which closes it — removing the container — when the whole run ends.
 *
 * <p>Test classes say {@code @ExtendWith(KvService.class)} and take a {@link KvClient} parameter.
 */
public final class KvService implements ParameterResolver {

    static final ContainerSpec SPEC = ContainerSpec.of("busybox:stable")
            .withName("kv")
            .withCopyToContainer(Path.of("src/test/resources/kv"), "/www")
            .withCommand("sh", "-c", "mkdir -p /data && exec httpd -f -p 8080 -h /www")
            .withExposedPorts(8080)
            .withWaitFor(Wait.forHttp("/cgi-bin/kv/health").forStatus(404));

    /** Starts the service once per run: {@code computeIfAbsent} on the root store is atomic across classes. */
    static ContainerHandle container(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(KvService.class))
                .getOrComputeIfAbsent("kv", key -> new Started(Containers.start(SPEC)), Started.class).handle();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KvClient.class || type == ContainerHandle.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ContainerHandle kv = container(context);
        return parameter.getParameter().getType() == ContainerHandle.class ? kv : new KvClient(kv.host(), kv.mappedPort(8080));
    }

    /** Closed by JUnit when the root store closes, at the end of the run. */
    record Started(ContainerHandle handle) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            handle.close();
        }
    }
}
