package dev.berth.samples.kv;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * A small key-value client: the "library under test" of the samples. Its own test suite needs a real service,
 * which Berth provides as a container.
 */
public final class KvClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    public KvClient(String host, int port) {
        this.base = URI.create("http://" + host + ":" + port + "/cgi-bin/kv/");
    }

    public void put(String key, String value) throws IOException, InterruptedException {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve(key)).POST(HttpRequest.BodyPublishers.ofString(value)).build(),
                HttpResponse.BodyHandlers.discarding());
        expect(r.statusCode(), 201, "put " + key);
    }

    public Optional<String> get(String key) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(key)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        expect(r.statusCode(), 200, "get " + key);
        return Optional.of(r.body());
    }

    public void delete(String key) throws IOException, InterruptedException {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve(key)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        expect(r.statusCode(), 204, "delete " + key);
    }

    private static void expect(int actual, int expected, String what) throws IOException {
        if (actual != expected) {
            throw new IOException(what + ": expected HTTP " + expected + " but got " + actual);
        }
    }
}
