package dev.berth.internal.container;

import dev.berth.docker.internal.json.Json;
import dev.berth.docker.internal.transport.EndpointDiscovery;
import dev.berth.docker.model.RegistryAuth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;

/**
 * Finds registry credentials as the docker CLI does, in {@code config.json} of the docker CLI's config folder:
 * {@code credHelpers} for the registry, then {@code credsStore}, then {@code auths}. Anonymous when none applies.
 * The folder is the system property {@value #CONFIG_DIR_PROPERTY} when set (so a test can point Berth at its
 * own credentials without changing the environment), then {@code DOCKER_CONFIG}, then {@code ~/.docker}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RegistryCredentials {

    static final String DOCKER_HUB = "https://index.docker.io/v1/";
    /** System property naming the docker CLI config folder; read before {@code DOCKER_CONFIG}. */
    public static final String CONFIG_DIR_PROPERTY = EndpointDiscovery.CONFIG_DIR_PROPERTY;

    private final Path configDir;

    RegistryCredentials(Path configDir) {
        this.configDir = configDir;
    }

    static RegistryCredentials fromEnvironment() {
        String dir = System.getProperty(CONFIG_DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("DOCKER_CONFIG");
        }
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
            Object root = Json.tree(Files.readAllBytes(config));
            String helper = orEmpty(Json.text(root, "credHelpers", registry));
            if (helper.isEmpty()) {
                helper = orEmpty(Json.text(root, "credsStore"));
            }
            if (!helper.isEmpty()) {
                RegistryAuth fromHelper = fromHelper(helper, registry);
                if (fromHelper != null) {
                    return fromHelper;
                }
            }
            Object entry = Json.at(root, "auths", registry);
            if (entry == null && !registry.equals(DOCKER_HUB)) {
                entry = Json.at(root, "auths", "https://" + registry);
            }
            String auth = orEmpty(Json.text(entry, "auth"));
            if (!auth.isEmpty()) {
                String decoded = new String(Base64.getDecoder().decode(auth), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return RegistryAuth.of(decoded.substring(0, colon), decoded.substring(colon + 1), registry);
                }
            }
            String token = orEmpty(Json.text(entry, "identitytoken"));
            if (!token.isEmpty()) {
                return RegistryAuth.ofIdentityToken(token, registry);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read registry credentials from [" + config + "]: " + e.getMessage()
                    + ". Fix the file (docker login rewrites it) or point "
                    + CONFIG_DIR_PROPERTY + " or DOCKER_CONFIG elsewhere.", e);
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
        Object answer = Json.tree(process.getInputStream().readAllBytes());
        String user = orEmpty(Json.text(answer, "Username"));
        String secret = orEmpty(Json.text(answer, "Secret"));
        if (user.equals("<token>")) {
            return RegistryAuth.ofIdentityToken(secret, registry);
        }
        return RegistryAuth.of(user, secret, registry);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
