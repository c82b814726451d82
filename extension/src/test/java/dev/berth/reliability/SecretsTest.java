package dev.berth.reliability;

import static dev.berth.reliability.Reliability.sleeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.ContainerStartupException;
import dev.berth.Containers;
import dev.berth.Exec;
import dev.berth.ExecTimeoutException;
import dev.berth.PullPolicy;
import dev.berth.Wait;
import dev.berth.docker.DockerException;
import dev.berth.docker.model.ContainerConfig;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.RegistryAuth;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registry passwords and the values of variables named like PASSWORD, SECRET or TOKEN never reach an exception
 * message, a {@code toString()} or Berth's log ({@code System.Logger} "dev.berth", captured here at every level).
 */
class SecretsTest {

    private static final String PASSWORD = "hunter2-pw-7f3a";
    private static final String SECRET = "s3cr3t-value-91bd";
    private static final String TOKEN = "tok-4c1e-5d2f";

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void captureBerthsLog() {
        Logger berth = Logger.getLogger("dev.berth");
        previous = berth.getLevel();
        berth.setLevel(Level.ALL);
        berth.addHandler(capture);
    }

    @AfterEach
    void logHoldsNoSecret() {
        Logger berth = Logger.getLogger("dev.berth");
        berth.removeHandler(capture);
        berth.setLevel(previous);
        assertThat(String.join("\n", logged)).doesNotContain(PASSWORD, SECRET, TOKEN);
    }

    @AfterAll
    static void nothingLeft() {
        Reliability.assertNothingLeft();
    }

    private static ContainerSpec withSecrets(ContainerSpec spec) {
        return spec.withEnv("DB_PASSWORD", PASSWORD).withEnv("client_secret", SECRET).withEnv("API_TOKEN", TOKEN).withEnv("MODE", "test");
    }

    @Test
    void toStringsMaskSecretValues() {
        assertThat(withSecrets(ContainerSpec.of("busybox:stable"))).hasToString("ContainerSpec[image=busybox:stable, env={DB_PASSWORD=******,"
                + " client_secret=******, API_TOKEN=******, MODE=test}]");
        ContainerConfig config = ContainerConfig.of("busybox:stable").withEnv("DB_PASSWORD", PASSWORD).withEnv("MODE", "test");
        assertThat(config).hasToString("ContainerConfig{Image=busybox:stable, Env=[DB_PASSWORD=******, MODE=test]}");
        ExecConfig exec = ExecConfig.of("env").withEnv(Map.of("API_TOKEN", TOKEN));
        assertThat(exec.toString()).contains("env=[API_TOKEN=******]").doesNotContain(TOKEN);
        assertThat(Exec.of("env").withEnv("client_secret", SECRET).toString()).doesNotContain(SECRET);
        assertThat(RegistryAuth.of("me", PASSWORD, "registry.example:5000").toString()).doesNotContain(PASSWORD).contains("password=***");
        assertThat(RegistryAuth.ofIdentityToken(TOKEN, "registry.example:5000").toString()).doesNotContain(TOKEN);
    }

    @Test
    void inspectAndStartupFailuresHoldNoSecret() {
        try (ContainerHandle c = Containers.start(withSecrets(sleeper()))) {
            assertThat(c.exec("sh", "-c", "echo \"$DB_PASSWORD\"").stdout()).as("the container gets the value").isEqualTo(PASSWORD + "\n");
            assertThat(c.docker().containers().inspect(c.id()).config().toString()).contains("DB_PASSWORD=******")
                    .doesNotContain(PASSWORD, SECRET, TOKEN);
            assertThat(c.toString()).doesNotContain(PASSWORD, SECRET, TOKEN);
        }
        assertThatThrownBy(() -> Containers.start(withSecrets(sleeper()).withName("db")
                .withWaitFor(Wait.forLogMessage("ready", 1).withTimeout(Duration.ofMillis(300)))))
                .isInstanceOf(ContainerStartupException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD, SECRET, TOKEN));
        assertThatThrownBy(() -> Containers.start(withSecrets(Reliability.busybox("/no/such/program"))))
                .isInstanceOf(ContainerStartupException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD, SECRET, TOKEN));
    }

    @Test
    void execFailuresHoldNoSecret() {
        try (ContainerHandle c = Containers.start(sleeper())) {
            assertThatThrownBy(() -> c.exec(Exec.of("sleep", "10").withEnv("API_TOKEN", TOKEN).withTimeout(Duration.ofMillis(200))))
                    .isInstanceOf(ExecTimeoutException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
        }
    }

    @Test
    void pullFailuresHoldNoRegistryPassword() {
        try (dev.berth.docker.DockerClient docker = dev.berth.docker.DockerClient.fromEnvironment()) {
            assertThatThrownBy(() -> docker.images().pull("127.0.0.1:1/team/app:1", RegistryAuth.of("me", PASSWORD, "127.0.0.1:1"), e -> { }))
                    .isInstanceOf(DockerException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD));
        }
    }

    @Test
    void credentialsFromTheDockerConfigStayOutOfMessagesAndLogs(@TempDir Path config) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("me:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        Files.writeString(config.resolve("config.json"), "{\"auths\": {\"127.0.0.1:1\": {\"auth\": \"" + auth + "\"}}}");
        ChildJvm.Result result = ChildJvm.of().env("DOCKER_CONFIG", config.toString())
                .run(PullChild.class, Reliability.RUN_LABEL, Reliability.RUN_ID);
        assertThat(result.output()).contains("ContainerStartupException", "pulling 127.0.0.1:1/team/app:1").doesNotContain(PASSWORD, auth);
    }

    /** The child: pulls with the credentials of DOCKER_CONFIG, logging everything Berth logs to stdout. */
    public static final class PullChild {
        public static void main(String[] args) {
            Logger berth = Logger.getLogger("dev.berth");
            berth.setLevel(Level.ALL);
            berth.addHandler(new Handler() {
                @Override
                public void publish(LogRecord record) {
                    System.out.println("LOG " + record.getLevel() + " " + record.getMessage());
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            });
            try {
                Containers.start(ContainerSpec.of("127.0.0.1:1/team/app:1").withPullPolicy(PullPolicy.ALWAYS).withLabel(args[0], args[1])).close();
            } catch (RuntimeException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
