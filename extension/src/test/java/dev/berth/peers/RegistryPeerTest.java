package dev.berth.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.ContainerStartupException;
import dev.berth.Containers;
import dev.berth.DockerOnly;
import dev.berth.PullPolicy;
import dev.berth.docker.ConflictException;
import dev.berth.docker.DockerClient;
import dev.berth.docker.DockerException;
import dev.berth.docker.NotFoundException;
import dev.berth.docker.ServerErrorException;
import dev.berth.docker.internal.RegistryAuthEncoding;
import dev.berth.docker.internal.json.Json;
import dev.berth.docker.model.ContainerSummary;
import dev.berth.docker.model.ProgressEvent;
import dev.berth.docker.model.RegistryAuth;
import dev.berth.internal.container.RegistryCredentials;
import dev.berth.internal.container.SharedClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Push and pull against a real registry with htpasswd authentication ({@link LocalRegistry}): credentials given in
 * code ({@code RegistryAuth}) and found in a docker CLI {@code config.json} ({@code auths}), pull policies
 * {@code ALWAYS} and {@code IF_MISSING} through {@code Containers.start}, and the errors of a wrong password, a
 * missing tag and no credentials.
 */
@DockerOnly("Podman contacts registries on 127.0.0.1 over https unless registries.conf marks them insecure")
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RegistryPeerTest {

    static final String RUN_LABEL = "dev.berth.test.run";
    static final String RUN_ID = UUID.randomUUID().toString();
    static final String USER = "berth";
    /** Its base64 has the characters that differ between base64 and base64url ('/', '+'), and padding. */
    static final String PASSWORD = "s3cret-??????->>>>>>";

    @TempDir
    static Path dir;

    static LocalRegistry registry;
    static DockerClient docker;
    /** {@code 127.0.0.1:PORT/berth-<run>/busybox}: pushed once, then pulled back by each test. */
    static String repository;
    static String image;
    static List<ProgressEvent> pushed = new ArrayList<>();

    @BeforeAll
    static void startRegistryAndPush() throws IOException {
        registry = LocalRegistry.start(Files.createDirectories(dir.resolve("registry")), USER, PASSWORD);
        docker = SharedClient.get();
        repository = registry.address() + "/berth-" + RUN_ID.substring(0, 8) + "/busybox";
        image = repository + ":stable";
        docker.images().tag("busybox:stable", repository, "stable");
        docker.images().push(image, credentials(), pushed::add);
        removeLocalCopy();
    }

    @AfterAll
    static void stopRegistry() {
        try {
            List<ContainerSummary> left = docker.containers().list(true, Map.of("label", List.of(RUN_LABEL + "=" + RUN_ID)));
            left.forEach(c -> docker.containers().remove(c.id(), true, true));
            assertThat(left).as("containers left behind").isEmpty();
        } finally {
            removeLocalCopy();
            if (registry != null) {
                registry.close();
            }
        }
    }

    @AfterEach
    void forgetDockerConfig() {
        System.clearProperty(RegistryCredentials.CONFIG_DIR_PROPERTY);
    }

    static RegistryAuth credentials() {
        return RegistryAuth.of(USER, PASSWORD, registry.address());
    }

    static void removeLocalCopy() {
        for (String tag : List.of(image, repository + ":nope")) {
            try {
                docker.images().remove(tag, false, false);
            } catch (NotFoundException | ConflictException absent) {
                // not there (a test removed it, or it never was)
            }
        }
    }

    /** Points Berth at a docker CLI config folder whose {@code config.json} has {@code auths} for the registry. */
    static void useDockerConfig(String user, String password) {
        try {
            Path config = Files.createDirectories(dir.resolve("docker-config-" + UUID.randomUUID()));
            String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            Files.write(config.resolve("config.json"), Json.write(Map.of("auths", Map.of(registry.address(), Map.of("auth", auth)))));
            System.setProperty(RegistryCredentials.CONFIG_DIR_PROPERTY, config.toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static ContainerSpec spec(String reference, PullPolicy policy) {
        return ContainerSpec.of(reference).withName("pulled").withCommand("sleep", "300").withPullPolicy(policy)
                .withLabel(RUN_LABEL, RUN_ID);
    }

    @Test
    void thePushCarriedTheCredentialsAsPaddedBase64Url() {
        String header = RegistryAuthEncoding.header(credentials());
        assertThat(header).isEqualTo(Base64.getUrlEncoder().encodeToString(Json.write(RegistryAuthEncoding.body(credentials()))))
                .doesNotContain("+", "/").containsAnyOf("-", "_").endsWith("=");
        assertThat(pushed).last().satisfies(e -> assertThat(e.aux()).containsEntry("Tag", "stable").containsKey("Digest"));
        String manifest = "/v2/" + repository.substring(registry.address().length() + 1) + "/manifests/stable";
        assertThat(registry.get(manifest, true)).as("GET " + manifest + " with credentials").isEqualTo(200);
        assertThat(registry.get(manifest, false)).as("GET " + manifest + " without").isEqualTo(401);
    }

    @Test
    void pullWithCredentialsGivenInCode() {
        List<ProgressEvent> progress = new ArrayList<>();
        docker.images().pull(image, credentials(), progress::add);
        assertThat(docker.images().exists(image)).isTrue();
        assertThat(progress).extracting(ProgressEvent::status).anyMatch(s -> s != null && s.contains(image));
        removeLocalCopy();
    }

    @Test
    void alwaysPullsWithTheDockerConfigsCredentials() {
        useDockerConfig(USER, PASSWORD);
        try (ContainerHandle pulled = Containers.start(spec(image, PullPolicy.ALWAYS))) {
            assertThat(pulled.image()).isEqualTo(image);
            assertThat(pulled.exec("echo", "pulled").stdout()).isEqualTo("pulled\n");
        }
        assertThat(docker.images().exists(image)).isTrue();
    }

    @Test
    void alwaysAsksTheRegistryEvenWhenTheImageIsPresent() {
        docker.images().pull(image, credentials(), e -> { });
        useDockerConfig(USER, "wrong");
        assertThatThrownBy(() -> Containers.start(spec(image, PullPolicy.ALWAYS)))
                .isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageStartingWith("Container \"pulled\" needs image [" + image + "], which could not be pulled from "
                        + registry.address() + ": ")
                .hasMessageContaining("unauthorized")
                .hasCauseExactlyInstanceOf(ServerErrorException.class);
    }

    @Test
    void ifMissingPullsOnlyWhenTheImageIsAbsent() {
        removeLocalCopy();
        useDockerConfig(USER, PASSWORD);
        try (ContainerHandle pulled = Containers.start(spec(image, PullPolicy.IF_MISSING))) {
            assertThat(pulled.exec("echo", "pulled").stdout()).isEqualTo("pulled\n");
        }
        // present now: a wrong password does not matter, the registry is not asked
        useDockerConfig(USER, "wrong");
        try (ContainerHandle present = Containers.start(spec(image, PullPolicy.IF_MISSING))) {
            assertThat(present.isRunning()).isTrue();
        }
    }

    @Nested
    class Failures {

        @Test
        void aWrongPasswordIsRefusedBeforeTheStream() {
            assertThatThrownBy(() -> docker.images().pull(image, RegistryAuth.of(USER, "wrong", registry.address()), e -> { }))
                    .isExactlyInstanceOf(ServerErrorException.class)
                    .hasMessageStartingWith("The Docker engine answered 500 to POST /images/create: ")
                    .hasMessageContaining("unauthorized")
                    .satisfies(e -> assertThat(((DockerException) e).status()).isEqualTo(500));
        }

        @Test
        void aMissingTagIsNotFound() {
            assertThatThrownBy(() -> docker.images().pull(repository + ":nope", credentials(), e -> { }))
                    .isExactlyInstanceOf(NotFoundException.class)
                    .hasMessageStartingWith("The Docker engine answered 404 to POST /images/create: ")
                    .hasMessageContaining("manifest unknown");
        }

        @Test
        void aMissingTagFailsTheContainerWithTheFix() {
            useDockerConfig(USER, PASSWORD);
            assertThatThrownBy(() -> Containers.start(spec(repository + ":nope", PullPolicy.IF_MISSING)))
                    .isExactlyInstanceOf(ContainerStartupException.class)
                    .hasMessageStartingWith("Container \"pulled\" needs image [" + repository + ":nope], which could not be pulled from "
                            + registry.address() + ": ")
                    .hasMessageContaining("manifest unknown")
                    .hasMessageContaining("Fix: check the reference and tag, the registry credentials")
                    .hasCauseExactlyInstanceOf(NotFoundException.class);
        }

        @Test
        void withoutCredentialsTheRegistryIsNotAsked() {
            assertThatThrownBy(() -> docker.images().pull(image, RegistryAuth.anonymous(), e -> { }))
                    .isExactlyInstanceOf(ServerErrorException.class)
                    .hasMessageStartingWith("The Docker engine answered 500 to POST /images/create: ")
                    .hasMessageContaining("no basic auth credentials");
        }

        @Test
        void aPushWithAWrongPasswordFailsInsideTheStream() {
            String other = repository + "-refused";
            docker.images().tag("busybox:stable", other, "stable");
            try {
                assertThatThrownBy(() -> docker.images().push(other + ":stable", RegistryAuth.of(USER, "wrong", registry.address()), e -> { }))
                        .isExactlyInstanceOf(DockerException.class)
                        .hasMessageStartingWith("The Docker engine reported an error while streaming its answer to POST /images/"
                                + other + "/push: ")
                        .hasMessageContaining("unauthorized")
                        .satisfies(e -> assertThat(((DockerException) e).status()).isEqualTo(200));
            } finally {
                docker.images().remove(other + ":stable", false, false);
            }
        }
    }
}
