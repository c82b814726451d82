package dev.berth.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * A real image registry on 127.0.0.1: Debian's {@code docker-registry} (distribution v2) with htpasswd basic
 * authentication (bcrypt, made by {@code htpasswd -B}) and its storage in a temporary folder. The engine treats
 * registries on 127.0.0.0/8 as insecure by default, so it speaks plain HTTP. Must be closed: closing stops it.
 */
final class LocalRegistry implements AutoCloseable {

    private final int port;
    private final Process process;
    private final Path log;
    private final String user;
    private final String password;

    private LocalRegistry(int port, Process process, Path log, String user, String password) {
        this.port = port;
        this.process = process;
        this.log = log;
        this.user = user;
        this.password = password;
    }

    /**
     * Starts a registry that accepts one user.
     *
     * @param dir an empty folder for its configuration, storage and log
     * @return the running registry, answering {@code /v2/}
     */
    static LocalRegistry start(Path dir, String user, String password) {
        Path registry = Peers.requireCommand("docker-registry", "docker-registry");
        Peers.requireCommand("htpasswd", "apache2-utils");
        try {
            Files.writeString(dir.resolve("htpasswd"), Peers.run(dir, "htpasswd", "-Bbn", user, password));
            int port = Peers.freePort();
            Path config = dir.resolve("config.yml");
            Files.writeString(config, String.join("\n",
                    "version: 0.1",
                    "log:",
                    "  level: info",
                    "storage:",
                    "  filesystem:",
                    "    rootdirectory: " + Files.createDirectories(dir.resolve("data")),
                    "  delete:",
                    "    enabled: true",
                    "http:",
                    "  addr: 127.0.0.1:" + port,
                    "auth:",
                    "  htpasswd:",
                    "    realm: berth-test",
                    "    path: " + dir.resolve("htpasswd"),
                    ""));
            Path log = dir.resolve("registry.log");
            Process process = new ProcessBuilder(registry.toString(), "serve", config.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Peers.awaitPort(process, port, Duration.ofSeconds(20), "docker-registry (" + config + ")", log);
            LocalRegistry started = new LocalRegistry(port, process, log, user, password);
            int status = started.get("/v2/", false);
            if (status != 401) {
                started.close();
                throw new AssertionError("docker-registry on 127.0.0.1:" + port + " answered " + status
                        + " to an anonymous GET /v2/, not 401: its htpasswd authentication is off. Log:\n" + Peers.tail(log));
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code 127.0.0.1:PORT}, the registry part of an image reference */
    String address() {
        return "127.0.0.1:" + port;
    }

    /** @return the status of a GET to the registry's own API, e.g. {@code /v2/berth/busybox/manifests/stable} */
    int get(String path, boolean authenticated) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL("http://" + address() + path).openConnection();
            c.setRequestProperty("Accept", "application/vnd.docker.distribution.manifest.v2+json");
            if (authenticated) {
                c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            int status = c.getResponseCode();
            c.disconnect();
            return status;
        } catch (IOException e) {
            throw new AssertionError("GET http://" + address() + path + " failed: " + e + ". Registry log:\n" + Peers.tail(log), e);
        }
    }

    /** @return the registry's log so far */
    String log() {
        return Peers.tail(log);
    }

    @Override
    public void close() {
        Peers.stop(process);
    }
}
