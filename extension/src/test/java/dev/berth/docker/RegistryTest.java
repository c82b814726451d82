package dev.berth.docker;

import static dev.berth.docker.EngineTestSupport.RUN_ID;
import static dev.berth.docker.EngineTestSupport.RUN_LABEL;
import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeImageQuietly;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static dev.berth.docker.EngineTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.DockerOnly;
import dev.berth.docker.model.AuthResult;
import dev.berth.docker.model.CommitOptions;
import dev.berth.docker.model.ProgressEvent;
import dev.berth.docker.model.RegistryAuth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Login, push and pull against {@link FakeRegistry}, an in-memory registry with basic authentication. */
@DockerOnly("Podman contacts registries on 127.0.0.1 over https unless registries.conf marks them insecure")
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RegistryTest {

    private static final String USER = "berth";
    private static final String PASSWORD = "s3cret";

    private static FakeRegistry registry;
    private static String source;

    @BeforeAll
    static void startRegistry() throws IOException {
        registry = FakeRegistry.start(USER, PASSWORD);
        source = docker().containers().create(EngineTestSupport.busybox("echo", "pushed")).id();
    }

    @AfterAll
    static void nothingLeft() {
        registry.close();
        removeQuietly(source);
        EngineTestSupport.assertNothingLeft();
    }

    private static RegistryAuth credentials() {
        return RegistryAuth.of(USER, PASSWORD, registry.address());
    }

    @Test
    void loginChecksTheCredentialsAtTheRegistry() {
        AuthResult result = docker().system().login(credentials());
        assertThat(result.status()).isEqualTo("Login Succeeded");
        assertThatThrownBy(() -> docker().system().login(RegistryAuth.of(USER, "wrong", registry.address())))
                .isInstanceOf(ServerErrorException.class)
                .hasMessage("The Docker engine answered 500 to POST /auth: login attempt to http://" + registry.address()
                        + "/v2/ failed with status: 401 Unauthorized");
    }

    @Test
    void pushThenPullWithCredentials() {
        // GIVEN an image of this run tagged for the registry
        String repository = registry.address() + "/" + uniqueName("app");
        String repositoryPath = repository.substring(registry.address().length() + 1);
        String imageId = docker().containers().commit(source, CommitOptions.of(repository, "1")
                .withChanges("LABEL " + RUN_LABEL + "=" + RUN_ID));
        try {
            // WHEN pushed with credentials
            List<ProgressEvent> pushed = new ArrayList<>();
            docker().images().push(repository + ":1", credentials(), pushed::add);
            // THEN the registry got the manifest, over requests authorized with the X-Registry-Auth credentials
            assertThat(registry.hasManifest(repositoryPath, "1")).isTrue();
            assertThat(registry.authorizations()).contains("Basic " + Base64.getEncoder().encodeToString(
                    (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            assertThat(pushed).last().satisfies(e -> assertThat(e.aux()).containsEntry("Tag", "1").containsKey("Digest"));

            // WHEN the local image is removed and pulled back
            docker().images().remove(repository + ":1", false, false);
            assertThat(docker().images().exists(repository + ":1")).isFalse();
            List<ProgressEvent> pulled = new ArrayList<>();
            docker().images().pull(repository + ":1", credentials(), pulled::add);
            // THEN it is the same image, and the progress was streamed
            assertThat(docker().images().inspect(repository + ":1").id()).isEqualTo(imageId);
            assertThat(pulled).extracting(ProgressEvent::status).contains("Status: Downloaded newer image for " + repository + ":1");
        } finally {
            removeImageQuietly(repository + ":1");
        }
    }

    @Test
    void pullWithoutCredentialsIsRefused() {
        assertThatThrownBy(() -> docker().images().pull(registry.address() + "/berth/absent:1"))
                .isInstanceOf(DockerException.class)
                .hasMessageContaining("POST /images/create")
                .hasMessageContaining("no basic auth credentials");
    }

    @Test
    void pullOfAMissingImageIsAnError() {
        assertThatThrownBy(() -> docker().images().pull(registry.address() + "/berth/absent:1", credentials(), e -> { }))
                .isInstanceOf(ServerErrorException.class)
                .hasMessage("The Docker engine answered 500 to POST /images/create: manifest unknown");
    }
}
