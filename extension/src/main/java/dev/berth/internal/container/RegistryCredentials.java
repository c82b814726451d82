package dev.berth.internal.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.docker.model.RegistryAuth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Finds registry credentials as the docker CLI does, in {@code $DOCKER_CONFIG/config.json} (or
 * {@code ~/.docker/config.json}): {@code credHelpers} for the registry, then {@code credsStore}, then
 * {@code auths}. Anonymous when none applies.
 */
final class RegistryCredentials {

    static final String DOCKER_HUB = "https://index.docker.io/v1/";

    private final Path configDir;

    RegistryCredentials(Path configDir) {
        this.configDir = configDir;
    }

    static RegistryCredentials fromEnvironment() {
        String dir = System.getenv("DOCKER_CONFIG");
        return new RegistryCredentials(dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".docker"));
    }

    /** @return the registry host of an image reference, or {@link #DOCKER_HUB} */
    static String registryOf(String image) {
        int slash = image.indexOf('/');
        if (slash > 0) {
            String first = image.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                return first;
            }
        }
        return DOCKER_HUB;
    }

    RegistryAuth forImage(String image) {
        String registry = registryOf(image);
        Path config = configDir.resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return RegistryAuth.anonymous();
        }
        try {
            JsonNode root = new ObjectMapper().readTree(config.toFile());
            String helper = root.path("credHelpers").path(registry).asText("");
            if (helper.isEmpty()) {
                helper = root.path("credsStore").asText("");
            }
            if (!helper.isEmpty()) {
                RegistryAuth fromHelper = fromHelper(helper, registry);
                if (fromHelper != null) {
                    return fromHelper;
                }
            }
            JsonNode entry = root.path("auths").path(registry);
            if (entry.isMissingNode() && !registry.equals(DOCKER_HUB)) {
                entry = root.path("auths").path("https://" + registry);
            }
            String auth = entry.path("auth").asText("");
            if (!auth.isEmpty()) {
                String decoded = new String(Base64.getDecoder().decode(auth), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return RegistryAuth.of(decoded.substring(0, colon), decoded.substring(colon + 1), registry);
                }
            }
            String token = entry.path("identitytoken").asText("");
            if (!token.isEmpty()) {
                return RegistryAuth.ofIdentityToken(token, registry);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read registry credentials from [" + config + "]: " + e.getMessage()
                    + ". Fix the file (docker login rewrites it) or point DOCKER_CONFIG elsewhere.", e);
        }
        return RegistryAuth.anonymous();
    }

    private static RegistryAuth fromHelper(String helper, String registry) throws IOException {
        Process process = new ProcessBuilder("docker-credential-" + helper, "get").redirectErrorStream(false).start();
        process.getOutputStream().write(registry.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("docker-credential-" + helper + " did not answer within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking docker-credential-" + helper, e);
        }
        if (process.exitValue() != 0) {
            return null;
        }
        JsonNode answer = new ObjectMapper().readTree(process.getInputStream());
        String user = answer.path("Username").asText("");
        String secret = answer.path("Secret").asText("");
        if (user.equals("<token>")) {
            return RegistryAuth.ofIdentityToken(secret, registry);
        }
        return RegistryAuth.of(user, secret, registry);
    }
}
