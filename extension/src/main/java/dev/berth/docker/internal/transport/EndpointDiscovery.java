package dev.berth.docker.internal.transport;

import dev.berth.docker.internal.json.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * Finds the engine as the docker CLI does: {@code DOCKER_HOST} (with {@code DOCKER_TLS_VERIFY},
 * {@code DOCKER_CERT_PATH}), then {@code DOCKER_CONTEXT} or the current context of {@code config.json}, then
 * {@code /var/run/docker.sock}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class EndpointDiscovery {

    private final UnaryOperator<String> env;
    private final Path configDir;

    /**
     * @param env reads an environment variable (or {@code null})
     * @param configDir the docker CLI's config folder ({@code DOCKER_CONFIG} or {@code ~/.docker})
     */
    public EndpointDiscovery(UnaryOperator<String> env, Path configDir) {
        this.env = env;
        this.configDir = configDir;
    }

    /** System property naming the docker CLI config folder; read before {@code DOCKER_CONFIG}. */
    public static final String CONFIG_DIR_PROPERTY = "berth.docker.config";

    /**
     * @return a discovery reading the process environment and the user's docker config folder: the system
     *         property {@value #CONFIG_DIR_PROPERTY}, then {@code DOCKER_CONFIG}, then {@code ~/.docker}
     */
    public static EndpointDiscovery fromEnvironment() {
        String config = System.getProperty(CONFIG_DIR_PROPERTY);
        if (config == null || config.isBlank()) {
            config = System.getenv("DOCKER_CONFIG");
        }
        Path dir = config != null && !config.isBlank() ? Path.of(config) : Path.of(System.getProperty("user.home"), ".docker");
        return new EndpointDiscovery(System::getenv, dir);
    }

    /**
     * Finds the endpoint.
     *
     * @return the endpoint
     * @throws IOException when a context is named but cannot be read
     */
    public EngineEndpoint discover() throws IOException {
        String host = env.apply("DOCKER_HOST");
        if (host != null && !host.isBlank()) {
            String certPath = env.apply("DOCKER_CERT_PATH");
            boolean verify = isTrue(env.apply("DOCKER_TLS_VERIFY"));
            boolean tls = verify || isTrue(env.apply("DOCKER_TLS"));
            Path certs = certPath != null && !certPath.isBlank() ? Path.of(certPath) : configDir;
            return new EngineEndpoint(host.trim(), certs, tls, verify, "DOCKER_HOST");
        }
        String context = env.apply("DOCKER_CONTEXT");
        String contextSource = "DOCKER_CONTEXT";
        if (context == null || context.isBlank()) {
            context = currentContext();
            contextSource = configDir.resolve("config.json") + " (currentContext)";
        }
        if (context != null && !context.isBlank() && !context.equals("default")) {
            return fromContext(context, contextSource);
        }
        return new EngineEndpoint("unix://" + EngineEndpoint.DEFAULT_SOCKET, null, false, false, "the default socket");
    }

    private String currentContext() throws IOException {
        Path config = configDir.resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return null;
        }
        return textAt(config, "currentContext");
    }

    private EngineEndpoint fromContext(String name, String source) throws IOException {
        String digest = sha256(name);
        Path meta = configDir.resolve("contexts").resolve("meta").resolve(digest).resolve("meta.json");
        if (!Files.isRegularFile(meta)) {
            throw new IOException("Docker context \"" + name + "\" (from " + source + ") has no metadata at [" + meta
                    + "]; create it with `docker context create " + name + " --docker host=...` or choose another context");
        }
        String host = textAt(meta, "Endpoints", "docker", "Host");
        if (host == null || host.isEmpty()) {
            throw new IOException("Docker context \"" + name + "\" at [" + meta + "] has no Endpoints.docker.Host");
        }
        boolean skipVerify = isJsonTrue(at(meta, "Endpoints", "docker", "SkipTLSVerify"));
        Path tlsDir = configDir.resolve("contexts").resolve("tls").resolve(digest).resolve("docker");
        boolean tls = Files.isDirectory(tlsDir);
        return new EngineEndpoint(host, tls ? tlsDir : null, tls, tls && !skipVerify, "docker context \"" + name + "\"");
    }

    /**
     * The value at a path of object members in a JSON file, as the docker CLI reads its files: an empty file, a
     * file whose content is no object, and a missing member all give {@code null}.
     *
     * @throws IOException when the file cannot be read or is not JSON
     */
    private static Object at(Path file, String... path) throws IOException {
        byte[] content = Files.readAllBytes(file);
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        Object value;
        try {
            value = JsonReader.parse(content);
        } catch (IllegalArgumentException e) {
            throw new IOException("[" + file + "] is not valid JSON: " + e.getMessage(), e);
        }
        for (String name : path) {
            if (!(value instanceof Map<?, ?> object)) {
                return null;
            }
            value = object.get(name);
        }
        return value;
    }

    private static String textAt(Path file, String... path) throws IOException {
        Object value = at(file, path);
        return value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString() : null;
    }

    /** Reads a flag as Jackson's {@code asBoolean} did: true, a non-zero number, or the text "true". */
    private static boolean isJsonTrue(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.longValue() != 0;
        }
        return value instanceof String text && text.trim().equalsIgnoreCase("true");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTrue(String value) {
        return value != null && !value.isBlank() && !value.equals("0") && !value.equalsIgnoreCase("false");
    }
}
