package dev.berth.docker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-memory Docker registry (the parts of the Distribution API v2 that a push and a pull use), with HTTP
 * basic authentication, on 127.0.0.1, which the engine treats as an insecure registry it may speak plain HTTP
 * to. Lets registry tests run with no internet and no registry image. Records the Authorization headers it got.
 *
 * <p>The engine first tries TLS on an insecure registry's port and falls back to HTTP when that fails. The JDK's
 * HTTP server would wait for a request line in the TLS hello until the engine's handshake timeout (10 s), so a
 * small front door closes connections that open with a TLS record, and passes the others on.
 */
final class FakeRegistry implements AutoCloseable {

    private static final int TLS_HANDSHAKE_RECORD = 0x16;
    private static final Pattern UPLOAD_START = Pattern.compile("/v2/(.+)/blobs/uploads/?");
    private static final Pattern UPLOAD = Pattern.compile("/v2/(.+)/blobs/uploads/([0-9a-f-]+)");
    private static final Pattern BLOB = Pattern.compile("/v2/(.+)/blobs/(sha256:[0-9a-f]{64})");
    private static final Pattern MANIFEST = Pattern.compile("/v2/(.+)/manifests/([^/]+)");

    private final HttpServer server;
    private final ServerSocket front;
    private final ExecutorService executor;
    private final String expectedAuthorization;
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    private final Map<String, ByteArrayOutputStream> uploads = new ConcurrentHashMap<>();
    private final Map<String, byte[]> manifests = new ConcurrentHashMap<>();
    private final Map<String, String> manifestTypes = new ConcurrentHashMap<>();
    private final List<String> authorizations = java.util.Collections.synchronizedList(new ArrayList<>());

    private FakeRegistry(String user, String password) throws IOException {
        this.expectedAuthorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-registry");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        this.front = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        executor.execute(this::acceptLoop);
    }

    private void acceptLoop() {
        while (!front.isClosed()) {
            try {
                Socket client = front.accept();
                executor.execute(() -> passOn(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void passOn(Socket client) {
        try (client; Socket back = new Socket(InetAddress.getLoopbackAddress(), server.getAddress().getPort())) {
            InputStream in = client.getInputStream();
            int first = in.read();
            if (first < 0 || first == TLS_HANDSHAKE_RECORD) {
                return;
            }
            back.getOutputStream().write(first);
            executor.execute(() -> pipe(back, client));
            pipe(client, back);
            back.shutdownOutput();
            back.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException gone) {
            // a connection the engine dropped
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException gone) {
            // the other side closed
        }
    }

    static FakeRegistry start(String user, String password) throws IOException {
        return new FakeRegistry(user, password);
    }

    /** @return {@code 127.0.0.1:port}, the registry part of an image reference */
    String address() {
        return "127.0.0.1:" + front.getLocalPort();
    }

    /** @return the Authorization headers of the requests so far */
    List<String> authorizations() {
        synchronized (authorizations) {
            return List.copyOf(authorizations);
        }
    }

    /** @return whether a manifest was pushed for {@code repository:reference} */
    boolean hasManifest(String repository, String reference) {
        return manifests.containsKey(repository + ":" + reference);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                authorizations.add(authorization);
            }
            exchange.getResponseHeaders().set("Docker-Distribution-API-Version", "registry/2.0");
            if (!expectedAuthorization.equals(authorization)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"berth-fake-registry\"");
                error(exchange, 401, "UNAUTHORIZED", "authentication required");
                return;
            }
            route(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getPath());
        }
    }

    private void route(HttpExchange exchange, String method, String path) throws IOException {
        Matcher m;
        if (path.equals("/v2/") || path.equals("/v2")) {
            send(exchange, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        } else if ((m = UPLOAD_START.matcher(path)).matches() && method.equals("POST")) {
            String uuid = UUID.randomUUID().toString();
            uploads.put(uuid, new ByteArrayOutputStream());
            uploadAccepted(exchange, m.group(1), uuid, 0);
        } else if ((m = UPLOAD.matcher(path)).matches() && uploads.containsKey(m.group(2))) {
            ByteArrayOutputStream upload = uploads.get(m.group(2));
            upload.writeBytes(exchange.getRequestBody().readAllBytes());
            if (method.equals("PATCH")) {
                uploadAccepted(exchange, m.group(1), m.group(2), upload.size());
            } else if (method.equals("PUT")) {
                String digest = query(exchange, "digest");
                byte[] blob = upload.toByteArray();
                if (!digest.equals(digest(blob))) {
                    error(exchange, 400, "DIGEST_INVALID", "provided digest did not match uploaded content");
                    return;
                }
                uploads.remove(m.group(2));
                blobs.put(digest, blob);
                exchange.getResponseHeaders().set("Location", "/v2/" + m.group(1) + "/blobs/" + digest);
                exchange.getResponseHeaders().set("Docker-Content-Digest", digest);
                send(exchange, 201, null, new byte[0]);
            } else {
                error(exchange, 405, "UNSUPPORTED", method);
            }
        } else if ((m = BLOB.matcher(path)).matches()) {
            byte[] blob = blobs.get(m.group(2));
            if (blob == null) {
                error(exchange, 404, "BLOB_UNKNOWN", "blob unknown to registry");
                return;
            }
            exchange.getResponseHeaders().set("Docker-Content-Digest", m.group(2));
            send(exchange, 200, "application/octet-stream", blob);
        } else if ((m = MANIFEST.matcher(path)).matches()) {
            String key = m.group(1) + ":" + m.group(2);
            if (method.equals("PUT")) {
                byte[] manifest = exchange.getRequestBody().readAllBytes();
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                String digest = digest(manifest);
                for (String k : List.of(key, m.group(1) + ":" + digest)) {
                    manifests.put(k, manifest);
                    manifestTypes.put(k, type);
                }
                exchange.getResponseHeaders().set("Location", "/v2/" + m.group(1) + "/manifests/" + digest);
                exchange.getResponseHeaders().set("Docker-Content-Digest", digest);
                send(exchange, 201, null, new byte[0]);
                return;
            }
            byte[] manifest = manifests.get(key);
            if (manifest == null) {
                error(exchange, 404, "MANIFEST_UNKNOWN", "manifest unknown");
                return;
            }
            exchange.getResponseHeaders().set("Docker-Content-Digest", digest(manifest));
            send(exchange, 200, manifestTypes.get(key), manifest);
        } else {
            error(exchange, 404, "NOT_FOUND", path);
        }
    }

    private static void uploadAccepted(HttpExchange exchange, String repository, String uuid, int size) throws IOException {
        exchange.getResponseHeaders().set("Location", "/v2/" + repository + "/blobs/uploads/" + uuid);
        exchange.getResponseHeaders().set("Docker-Upload-UUID", uuid);
        exchange.getResponseHeaders().set("Range", "0-" + Math.max(0, size - 1));
        send(exchange, 202, null, new byte[0]);
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        String body = "{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}";
        send(exchange, status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String digest(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            front.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
