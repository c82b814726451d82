package dev.berth.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.Containers;
import dev.berth.DockerOnly;
import dev.berth.docker.DockerClient;
import dev.berth.docker.internal.json.Json;
import dev.berth.docker.internal.transport.EndpointDiscovery;
import dev.berth.docker.internal.transport.EngineEndpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A docker context as {@code docker context create --docker host=...,ca=...,cert=...,key=...} writes it: the
 * config folder's {@code config.json} names it as {@code currentContext}, {@code contexts/meta/<sha256>/meta.json}
 * points at the TLS endpoint, and {@code contexts/tls/<sha256>/docker/} holds its certificates. With no
 * {@code DOCKER_HOST}, Berth finds the engine through it.
 */
@DockerOnly("docker contexts: the docker CLI's config, proven against Docker only")
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DockerContextTest {

    static final String CONTEXT = "berth-remote";

    @TempDir
    static Path dir;

    static TlsProxy proxy;
    static Path config;

    @BeforeAll
    static void startProxyAndWriteContext() throws IOException {
        proxy = TlsProxy.start(Files.createDirectories(dir.resolve("tls")), Path.of("/var/run/docker.sock"));
        config = Files.createDirectories(dir.resolve("docker-config"));
        Files.write(config.resolve("config.json"), Json.write(Map.of("currentContext", CONTEXT, "auths", Map.of())));
        String digest = sha256(CONTEXT);
        Path meta = Files.createDirectories(config.resolve("contexts/meta").resolve(digest));
        Files.write(meta.resolve("meta.json"), Json.write(Map.of("Name", CONTEXT, "Metadata", Map.of("Description", "stunnel4 in front of the local engine"),
                "Endpoints", Map.of("docker", Map.of("Host", proxy.host(), "SkipTLSVerify", false)))));
        Path tls = Files.createDirectories(config.resolve("contexts/tls").resolve(digest).resolve("docker"));
        for (String pem : new String[] {"ca.pem", "cert.pem", "key.pem"}) {
            Files.copy(proxy.clientCerts().resolve(pem), tls.resolve(pem));
        }
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theCurrentContextIsHonouredWithoutDockerHost() throws IOException {
        Map<String, String> env = Map.of("HOME", dir.toString(), "PATH", "/usr/bin");
        EngineEndpoint endpoint = new EndpointDiscovery(env::get, config).discover();

        Path tls = config.resolve("contexts/tls").resolve(sha256(CONTEXT)).resolve("docker");
        assertThat(endpoint).isEqualTo(new EngineEndpoint(proxy.host(), tls, true, true, "docker context \"" + CONTEXT + "\""));
        try (DockerClient docker = DockerClient.connectTls(endpoint.host(), endpoint.certPath(), endpoint.verify());
             ContainerHandle box = Containers.start(docker, ContainerSpec.of("busybox:stable").withCommand("sleep", "300")
                     .withLabel(TlsEngineTest.RUN_LABEL, TlsEngineTest.RUN_ID))) {
            assertThat(docker.endpoint()).isEqualTo(proxy.describe());
            assertThat(box.exec("echo", "through the context").stdout()).isEqualTo("through the context\n");
        }
    }

    @Test
    void dockerClientFromEnvironmentFollowsTheCurrentContext() {
        assertThat(System.getenv("DOCKER_HOST")).as("this test reads the real environment: DOCKER_HOST must be unset").isNull();
        assertThat(System.getenv("DOCKER_CONTEXT")).as("this test reads the real environment: DOCKER_CONTEXT must be unset").isNull();
        System.setProperty(EndpointDiscovery.CONFIG_DIR_PROPERTY, config.toString());
        try (DockerClient docker = DockerClient.fromEnvironment()) {
            assertThat(docker.endpoint()).isEqualTo(proxy.describe());
            assertThat(docker.system().version().version()).isNotBlank();
        } finally {
            System.clearProperty(EndpointDiscovery.CONFIG_DIR_PROPERTY);
        }
    }

    @Test
    void dockerContextOverridesTheCurrentContext() throws IOException {
        Map<String, String> env = Map.of("DOCKER_CONTEXT", "default");
        EngineEndpoint endpoint = new EndpointDiscovery(env::get, config).discover();
        assertThat(endpoint.host()).isEqualTo("unix:///var/run/docker.sock");
    }

    @Test
    void dockerHostOverridesTheContext() throws IOException {
        Map<String, String> env = Map.of("DOCKER_HOST", "unix:///run/other.sock");
        EngineEndpoint endpoint = new EndpointDiscovery(env::get, config).discover();
        assertThat(endpoint).isEqualTo(new EngineEndpoint("unix:///run/other.sock", config, false, false, "DOCKER_HOST"));
    }
}
