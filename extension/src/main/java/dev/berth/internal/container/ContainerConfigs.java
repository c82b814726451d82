package dev.berth.internal.container;

import dev.berth.ContainerSpec;
import dev.berth.docker.internal.ImageReference;
import dev.berth.docker.model.ContainerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translates a {@link ContainerSpec} into the engine's create body.
 */
final class ContainerConfigs {

    private ContainerConfigs() {
    }

    static ContainerConfig of(ContainerSpec spec, Map<String, String> labels, String network) {
        ContainerConfig c = ContainerConfig.of(spec.image()).withLabels(labels);
        // unnamed containers get an engine name too (from the image), so that one whose create answer was lost
        // (an interrupt, a dropped connection) can still be found and removed
        c = c.withName(ContainerStarter.engineName(spec.name().isEmpty() ? ImageReference.nameOf(spec.image()) : spec.name()));
        if (!spec.command().isEmpty()) {
            c = c.withCmd(spec.command().toArray(new String[0]));
        }
        if (!spec.entrypoint().isEmpty()) {
            c = c.withEntrypoint(spec.entrypoint().toArray(new String[0]));
        }
        for (Map.Entry<String, String> e : spec.env().entrySet()) {
            c = c.withEnv(e.getKey(), e.getValue());
        }
        for (int port : spec.exposedPorts()) {
            c = c.withPortBinding(port, spec.portBindAddress(), 0);
        }
        if (spec.workdir().isPresent()) {
            c = c.withWorkingDir(spec.workdir().get());
        }
        if (spec.user().isPresent()) {
            c = c.withUser(spec.user().get());
        }
        if (spec.privileged()) {
            c = c.withPrivileged(true);
        }
        for (String mount : spec.tmpfs()) {
            int colon = mount.indexOf(':');
            c = colon < 0 ? c.withTmpfs(mount, "") : c.withTmpfs(mount.substring(0, colon), mount.substring(colon + 1));
        }
        if (spec.memory() > 0) {
            c = c.withMemory(spec.memory());
        }
        if (spec.readOnlyRootFilesystem()) {
            c = c.withReadonlyRootfs(true);
        }
        String net = network != null ? network : spec.network().orElse(null);
        if (net != null) {
            List<String> aliases = new ArrayList<>(spec.networkAliases());
            if (!spec.name().isEmpty()) {
                aliases.add(0, spec.name());
            }
            c = c.withNetwork(net, aliases.toArray(new String[0]));
        }
        return c;
    }
}
