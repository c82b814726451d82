package dev.berth.bench.raw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Engine API calls the benchmark needs, each the fewest requests the engine allows, over
 * {@link UnixHttpClient}. It stands for "the engine's own time": what any client has to pay at least.
 */
public final class RawEngine {

    private static final String API = "/v1.41";

    private final UnixHttpClient http;

    /** @param socket the engine's unix socket */
    public RawEngine(Path socket) {
        this.http = new UnixHttpClient(socket);
    }

    /** @return an engine at {@link #socketFromEnvironment()} */
    public static RawEngine fromEnvironment() {
        return new RawEngine(socketFromEnvironment());
    }

    /** @return {@code DOCKER_HOST} when it is a {@code unix://} address, else {@code /var/run/docker.sock} */
    public static Path socketFromEnvironment() {
        String host = System.getenv("DOCKER_HOST");
        if (host != null && host.startsWith("unix://")) {
            return Path.of(host.substring("unix://".length()));
        }
        return Path.of("/var/run/docker.sock");
    }

    /** @return the engine's {@code /version} answer (JSON); one call */
    public String version() throws IOException {
        return http.send("GET", API + "/version").expect(200).text();
    }

    /** @return how many HTTP requests were sent so far */
    public long calls() {
        return http.calls();
    }

    /** Creates a container; one call. */
    public String create(String image, List<String> command, Map<String, String> labels) throws IOException {
        String body = "{\"Image\":" + Json.quote(image) + ",\"Cmd\":" + Json.array(command)
                + ",\"Labels\":" + Json.object(labels) + "}";
        String answer = http.send("POST", API + "/containers/create", RequestBody.json(body)).expect(201).text();
        return Json.string(answer, "Id");
    }

    /** Starts a container; one call. When it returns, the container's process runs. */
    public void start(String id) throws IOException {
        http.send("POST", API + "/containers/" + id + "/start").expect(204, 304).discard();
    }

    /** Blocks on the engine's wait endpoint until the container has exited; one call. */
    public int waitForExit(String id) throws IOException {
        String answer = http.send("POST", API + "/containers/" + id + "/wait").expect(200).text();
        return (int) Json.integer(answer, "StatusCode");
    }

    /** Reads stdout and stderr so far, in arrival order; one call. */
    public String logs(String id) throws IOException {
        try (HttpResponse response = http.send("GET", API + "/containers/" + id + "/logs?stdout=1&stderr=1")
                .expect(200)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            StreamDemux.demux(response.body(), out, out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** Runs a command to its end: create, hijacked start, inspect for the exit code; three calls. */
    public ExecOutput exec(String id, List<String> command) throws IOException {
        String create = "{\"AttachStdout\":true,\"AttachStderr\":true,\"Cmd\":" + Json.array(command) + "}";
        String execId = Json.string(http.send("POST", API + "/containers/" + id + "/exec", RequestBody.json(create))
                .expect(201).text(), "Id");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream(256);
        ByteArrayOutputStream stderr = new ByteArrayOutputStream(64);
        try (HttpResponse stream = http.upgrade("POST", API + "/exec/" + execId + "/start",
                RequestBody.json("{\"Detach\":false,\"Tty\":false}")).expect(101, 200)) {
            StreamDemux.demux(stream.body(), stdout, stderr);
        }
        String inspect = http.send("GET", API + "/exec/" + execId + "/json").expect(200).text();
        return new ExecOutput((int) Json.integer(inspect, "ExitCode"), stdout.toByteArray(), stderr.toByteArray());
    }

    /** Streams a host file into a container directory as a one-file tar; one call. */
    public void copyIn(String id, Path file, String containerDir, String name) throws IOException {
        long size = Files.size(file);
        RequestBody tar = new RequestBody("application/x-tar", Tar.archiveSize(size),
                out -> Tar.writeSingleFile(out, name, file, size, 0644));
        http.send("PUT", API + "/containers/" + id + "/archive?path=" + encode(containerDir), tar)
                .expect(200).discard();
    }

    /** Streams a container file out to a host file; one call. */
    public void copyOut(String id, String containerPath, Path target) throws IOException {
        try (HttpResponse tar = http.send("GET", API + "/containers/" + id + "/archive?path=" + encode(containerPath))
                .expect(200)) {
            Tar.extractFirstFile(tar.body(), target);
        }
    }

    /** Kills and removes a container with its anonymous volumes; one call. */
    public void remove(String id) throws IOException {
        http.send("DELETE", API + "/containers/" + id + "?force=true&v=true").expect(204, 404).discard();
    }

    /** @return the ids of all containers, running or not, carrying {@code label} ({@code key=value}) */
    public List<String> idsWithLabel(String label) throws IOException {
        String filters = "{\"label\":[" + Json.quote(label) + "]}";
        return Json.strings(http.send("GET", API + "/containers/json?all=1&filters=" + encode(filters))
                .expect(200).text(), "Id");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
