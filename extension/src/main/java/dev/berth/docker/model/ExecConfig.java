package dev.berth.docker.model;

import dev.berth.docker.internal.SecretNames;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code ExecConfig} describes an exec to create with {@code POST /containers/{id}/exec}.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param cmd the argv
 * @param env environment variables ({@code KEY=value})
 * @param user the user; empty for the container's
 * @param workingDir the working directory; empty for the container's
 * @param tty whether to allocate a TTY
 * @param attachStdin whether stdin is attached
 * @param privileged whether it is privileged
 * @param detachKeys the detach key sequence; empty for the engine's
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ExecConfig(List<String> cmd, List<String> env, Optional<String> user, Optional<String> workingDir,
                         boolean tty, boolean attachStdin, boolean privileged, Optional<String> detachKeys) {

    /** Checks that no component is {@code null}. */
    public ExecConfig {
        Objects.requireNonNull(cmd, "cmd");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(detachKeys, "detachKeys");
    }

    /** @param cmd the argv @return an exec with output attached and nothing else set */
    public static ExecConfig of(String... cmd) {
        return new ExecConfig(List.of(cmd), List.of(), Optional.empty(), Optional.empty(), false, false, false, Optional.empty());
    }

    /** @param env variables @return a copy */
    public ExecConfig withEnv(Map<String, String> env) {
        List<String> list = env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        return new ExecConfig(cmd, list, user, workingDir, tty, attachStdin, privileged, detachKeys);
    }

    /** @param user the user @return a copy */
    public ExecConfig withUser(String user) {
        return new ExecConfig(cmd, env, Optional.of(Objects.requireNonNull(user, "user")), workingDir, tty, attachStdin, privileged, detachKeys);
    }

    /** @param workingDir the working directory @return a copy */
    public ExecConfig withWorkingDir(String workingDir) {
        return new ExecConfig(cmd, env, user, Optional.of(Objects.requireNonNull(workingDir, "workingDir")), tty, attachStdin, privileged, detachKeys);
    }

    /** @param tty whether to allocate a TTY @return a copy */
    public ExecConfig withTty(boolean tty) {
        return new ExecConfig(cmd, env, user, workingDir, tty, attachStdin, privileged, detachKeys);
    }

    /** @param attachStdin whether stdin is attached @return a copy */
    public ExecConfig withAttachStdin(boolean attachStdin) {
        return new ExecConfig(cmd, env, user, workingDir, tty, attachStdin, privileged, detachKeys);
    }

    /** @param privileged whether it is privileged @return a copy */
    public ExecConfig withPrivileged(boolean privileged) {
        return new ExecConfig(cmd, env, user, workingDir, tty, attachStdin, privileged, detachKeys);
    }

    /** @param detachKeys e.g. {@code ctrl-p,ctrl-q} @return a copy */
    public ExecConfig withDetachKeys(String detachKeys) {
        return new ExecConfig(cmd, env, user, workingDir, tty, attachStdin, privileged,
                Optional.of(Objects.requireNonNull(detachKeys, "detachKeys")));
    }

    /** Shows the exec with the values of secret-looking variables (PASSWORD, SECRET, TOKEN) masked. */
    @Override
    public String toString() {
        return "ExecConfig[cmd=" + cmd + ", env=" + SecretNames.maskEntries(env) + ", user=" + user.orElse(null)
                + ", workingDir=" + workingDir.orElse(null) + ", tty=" + tty + ", attachStdin=" + attachStdin + ", privileged=" + privileged
                + ", detachKeys=" + detachKeys.orElse(null) + "]";
    }
}
