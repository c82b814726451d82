package dev.berth.docker.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NoEngine
class EndpointDiscoveryTest {

    @TempDir
    Path config;

    private final Map<String, String> env = new HashMap<>();

    private EngineEndpoint discover() throws IOException {
        return new EndpointDiscovery(env::get, config).discover();
    }

    /** Writes a docker context's metadata (and TLS folder) where the docker CLI keeps it. */
    private Path context(String name, String host, boolean tls, boolean skipVerify) throws IOException {
        String digest = EndpointDiscovery.sha256(name);
        Path meta = Files.createDirectories(config.resolve("contexts/meta/" + digest));
        Files.writeString(meta.resolve("meta.json"), "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":"
                + "{\"Host\":\"" + host + "\",\"SkipTLSVerify\":" + skipVerify + "}}}");
        Path tlsDir = config.resolve("contexts/tls/" + digest + "/docker");
        if (tls) {
            Files.createDirectories(tlsDir);
        }
        return tlsDir;
    }

    @Nested
    class DockerHost {

        @Test
        void aUnixSocket() throws IOException {
            env.put("DOCKER_HOST", "unix:///run/user/1000/docker.sock");
            assertThat(discover()).isEqualTo(new EngineEndpoint("unix:///run/user/1000/docker.sock", config, false, false, "DOCKER_HOST"));
        }

        @Test
        void tcpWithTlsVerifyAndCertPath() throws IOException {
            env.put("DOCKER_HOST", " tcp://engine.example:2376 ");
            env.put("DOCKER_TLS_VERIFY", "1");
            env.put("DOCKER_CERT_PATH", "/certs");
            assertThat(discover()).isEqualTo(new EngineEndpoint("tcp://engine.example:2376", Path.of("/certs"), true, true, "DOCKER_HOST"));
        }

        @Test
        void tlsWithoutVerification() throws IOException {
            env.put("DOCKER_HOST", "tcp://engine:2376");
            env.put("DOCKER_TLS", "true");
            env.put("DOCKER_TLS_VERIFY", "0");
            EngineEndpoint endpoint = discover();
            assertThat(endpoint.tls()).isTrue();
            assertThat(endpoint.verify()).isFalse();
        }

        @Test
        void winsOverAContext() throws IOException {
            context("remote", "tcp://remote:2375", false, false);
            env.put("DOCKER_CONTEXT", "remote");
            env.put("DOCKER_HOST", "tcp://local:2375");
            assertThat(discover().host()).isEqualTo("tcp://local:2375");
        }
    }

    @Nested
    class Contexts {

        @Test
        void dockerContextNamesTheContext() throws IOException {
            Path tlsDir = context("remote", "tcp://remote:2376", true, false);
            env.put("DOCKER_CONTEXT", "remote");
            assertThat(discover()).isEqualTo(new EngineEndpoint("tcp://remote:2376", tlsDir, true, true, "docker context \"remote\""));
        }

        @Test
        void theCurrentContextOfConfigJson() throws IOException {
            context("colima", "unix:///home/me/.colima/docker.sock", false, false);
            Files.writeString(config.resolve("config.json"), "{\"auths\":{},\"currentContext\":\"colima\"}");
            assertThat(discover()).isEqualTo(new EngineEndpoint("unix:///home/me/.colima/docker.sock", null, false, false,
                    "docker context \"colima\""));
        }

        @Test
        void skipTlsVerifyTurnsVerificationOff() throws IOException {
            context("lab", "tcp://lab:2376", true, true);
            env.put("DOCKER_CONTEXT", "lab");
            EngineEndpoint endpoint = discover();
            assertThat(endpoint.tls()).isTrue();
            assertThat(endpoint.verify()).isFalse();
        }

        @Test
        void theDefaultContextIsTheDefaultSocket() throws IOException {
            Files.writeString(config.resolve("config.json"), "{\"currentContext\":\"default\"}");
            assertThat(discover()).isEqualTo(new EngineEndpoint("unix:///var/run/docker.sock", null, false, false, "the default socket"));
        }

        @Test
        void withNothingConfiguredTheDefaultSocket() throws IOException {
            assertThat(discover().host()).isEqualTo("unix:///var/run/docker.sock");
        }

        @Test
        void anUnknownContextSaysHowToCreateIt() {
            env.put("DOCKER_CONTEXT", "nowhere");
            Path meta = config.resolve("contexts/meta/" + EndpointDiscovery.sha256("nowhere") + "/meta.json");
            assertThatThrownBy(EndpointDiscoveryTest.this::discover)
                    .isInstanceOf(IOException.class)
                    .hasMessage("Docker context \"nowhere\" (from DOCKER_CONTEXT) has no metadata at [" + meta
                            + "]; create it with `docker context create nowhere --docker host=...` or choose another context");
        }

        @Test
        void aContextWithoutHostIsAnError() throws IOException {
            context("empty", "", false, false);
            env.put("DOCKER_CONTEXT", "empty");
            Path meta = config.resolve("contexts/meta/" + EndpointDiscovery.sha256("empty") + "/meta.json");
            assertThatThrownBy(EndpointDiscoveryTest.this::discover)
                    .isInstanceOf(IOException.class)
                    .hasMessage("Docker context \"empty\" at [" + meta + "] has no Endpoints.docker.Host");
        }

        @Test
        void contextFoldersAreNamedBySha256OfTheName() {
            assertThat(EndpointDiscovery.sha256("default")).isEqualTo("37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f");
        }
    }

    @Nested
    class Endpoints {

        @Test
        void aMalformedHostSaysWhatIsExpected() {
            assertThatThrownBy(() -> new EngineEndpoint("ftp://engine", null, false, false, "DOCKER_HOST").transport())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Docker host [ftp://engine] from DOCKER_HOST is malformed: expected unix:///path/to/docker.sock or tcp://host:port");
            assertThatThrownBy(() -> new EngineEndpoint("tcp://", null, false, false, "DOCKER_HOST").transport())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Docker host [tcp://] from DOCKER_HOST is malformed");
        }

        @Test
        void anSshEngineIsRefusedWithAWayAround() {
            assertThatThrownBy(() -> new EngineEndpoint("ssh://ci@builder", null, false, false, "DOCKER_HOST").transport())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Docker host [ssh://ci@builder] from DOCKER_HOST is an ssh:// engine, which Berth does not "
                            + "support yet: expected unix:///path/to/docker.sock or tcp://host:port. Reach the engine over "
                            + "TCP with TLS, or forward its socket (ssh -L /tmp/docker.sock:/var/run/docker.sock user@host) "
                            + "and set DOCKER_HOST=unix:///tmp/docker.sock.");
        }

        @Test
        void tcpPortsDefaultAsTheDockerCliDoes() throws IOException {
            assertThat(new EngineEndpoint("tcp://engine", null, false, false, "x").transport().describe()).isEqualTo("tcp://engine:2375");
            assertThat(new EngineEndpoint("unix:///tmp/d.sock", null, false, false, "x").transport().describe()).isEqualTo("unix:///tmp/d.sock");
        }

        @Test
        void publishedPortsAreReachedOnTheEnginesHost() {
            assertThat(new EngineEndpoint("unix:///var/run/docker.sock", null, false, false, "x").portHost()).isEqualTo("127.0.0.1");
            assertThat(new EngineEndpoint("tcp://localhost:2375", null, false, false, "x").portHost()).isEqualTo("127.0.0.1");
            assertThat(new EngineEndpoint("tcp://10.0.0.5:2376", null, true, true, "x").portHost()).isEqualTo("10.0.0.5");
        }
    }
}
