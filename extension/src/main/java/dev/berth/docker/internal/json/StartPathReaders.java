package dev.berth.docker.internal.json;

import dev.berth.docker.model.ContainerInspect;
import dev.berth.docker.model.ContainerState;
import dev.berth.docker.model.CreatedContainer;
import dev.berth.docker.model.ExecInspect;
import dev.berth.docker.model.PortBinding;
import dev.berth.docker.model.WaitResult;
import java.util.List;

/**
 * Reads the engine's answers on the way to a running container (create, inspect, wait, exec inspect) into their
 * records by hand, exactly as {@link JsonBinder} binds them ({@code StartPathReadersTest} compares both on recorded and
 * real answers), so that starting a first container needs no reflection on records (see {@link Json}).
 * {@link #supports} names the types; {@link Json#read} uses it.
 */
final class StartPathReaders {

    private StartPathReaders() {
    }

    static boolean supports(Class<?> type) {
        return type == ContainerInspect.class || type == CreatedContainer.class || type == ExecInspect.class
                || type == WaitResult.class || type == ContainerState.class;
    }

    static Object read(Object json, Class<?> type) {
        JsonMembers m = JsonMembers.of(json, type.getSimpleName());
        if (m == null) {
            return null;
        }
        if (type == ContainerInspect.class) {
            return containerInspect(m);
        }
        if (type == CreatedContainer.class) {
            return new CreatedContainer(m.text("Id"), m.texts("Warnings"));
        }
        if (type == ExecInspect.class) {
            return execInspect(m);
        }
        if (type == WaitResult.class) {
            JsonMembers error = m.object("Error");
            return new WaitResult(m.int32("StatusCode"), error == null ? null : new WaitResult.Error(error.text("Message")));
        }
        if (type == ContainerState.class) {
            return state(m);
        }
        throw new IllegalArgumentException("no hand reader for " + type.getName());
    }

    private static ContainerInspect containerInspect(JsonMembers m) {
        return new ContainerInspect(m.text("Id"), m.text("Name"), m.text("Image"), m.text("Created"),
                state(m.object("State")), config(m.object("Config")), networkSettings(m.object("NetworkSettings")),
                hostConfig(m.object("HostConfig")), m.int32("RestartCount"), m.int64OrNull("SizeRw"),
                m.int64OrNull("SizeRootFs"));
    }

    private static ContainerState state(JsonMembers m) {
        if (m == null) {
            return null;
        }
        return new ContainerState(m.text("Status"), m.bool("Running"), m.bool("Paused"), m.bool("Restarting"),
                m.bool("OomKilled"), m.bool("Dead"), m.int32("Pid"), m.int32("ExitCode"), m.text("Error"),
                m.text("StartedAt"), m.text("FinishedAt"), health(m.object("Health")));
    }

    private static ContainerState.Health health(JsonMembers m) {
        if (m == null) {
            return null;
        }
        return new ContainerState.Health(m.text("Status"), m.int32("FailingStreak"), m.list("Log", StartPathReaders::healthLog));
    }

    private static ContainerState.HealthLog healthLog(Object json) {
        JsonMembers m = JsonMembers.of(json, "Health.Log");
        return new ContainerState.HealthLog(m.text("Start"), m.text("End"), m.int32("ExitCode"), m.text("Output"));
    }

    private static ContainerInspect.Config config(JsonMembers m) {
        if (m == null) {
            return null;
        }
        return new ContainerInspect.Config(m.text("Image"), m.text("Hostname"), m.text("User"), m.texts("Env"),
                m.texts("Cmd"), m.texts("Entrypoint"), m.text("WorkingDir"), m.textMap("Labels"), m.bool("Tty"),
                m.bool("OpenStdin"));
    }

    private static ContainerInspect.NetworkSettings networkSettings(JsonMembers m) {
        if (m == null) {
            return null;
        }
        return new ContainerInspect.NetworkSettings(m.map("Ports", StartPathReaders::bindings),
                m.map("Networks", StartPathReaders::endpoint), m.text("IpAddress"));
    }

    private static List<PortBinding> bindings(Object json) {
        return JsonMembers.listOf(json, StartPathReaders::binding);
    }

    private static PortBinding binding(Object json) {
        JsonMembers m = JsonMembers.of(json, "PortBinding");
        return new PortBinding(m.text("HostIp"), m.text("HostPort"));
    }

    private static ContainerInspect.Endpoint endpoint(Object json) {
        JsonMembers m = JsonMembers.of(json, "Endpoint");
        return new ContainerInspect.Endpoint(m.text("NetworkId"), m.text("IpAddress"), m.texts("Aliases"), m.text("Gateway"));
    }

    private static ContainerInspect.HostConfig hostConfig(JsonMembers m) {
        if (m == null) {
            return null;
        }
        JsonMembers restart = m.object("RestartPolicy");
        return new ContainerInspect.HostConfig(m.int64("Memory"), m.bool("Privileged"), m.text("NetworkMode"),
                m.bool("AutoRemove"), m.bool("ReadonlyRootfs"),
                restart == null ? null : new ContainerInspect.RestartPolicy(restart.text("Name"), restart.int32("MaximumRetryCount")),
                m.texts("Links"));
    }

    private static ExecInspect execInspect(JsonMembers m) {
        JsonMembers p = m.object("ProcessConfig");
        ExecInspect.ProcessConfig process = p == null ? null : new ExecInspect.ProcessConfig(p.text("Entrypoint"),
                p.texts("Arguments"), p.text("User"), p.bool("Privileged"), p.bool("Tty"));
        return new ExecInspect(m.text("Id"), m.bool("Running"), m.int32OrNull("ExitCode"), m.int32("Pid"),
                m.text("ContainerId"), m.bool("OpenStdin"), process);
    }
}
