package dev.berth.docker.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One HTTP/1.1 request to the engine.
 *
 * @param method e.g. {@code GET}
 * @param target the path with its query, e.g. {@code /v1.41/containers/json?all=1}
 * @param headers extra headers (Host, Content-Length and Transfer-Encoding are the codec's)
 * @param body the body, or {@code null}
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record HttpRequest(String method, String target, Map<String, String> headers, RequestBody body) {

    public HttpRequest {
        headers = Map.copyOf(headers);
    }

    public static HttpRequest of(String method, String target) {
        return new HttpRequest(method, target, Map.of(), null);
    }

    public HttpRequest withBody(RequestBody newBody) {
        return new HttpRequest(method, target, headers, newBody);
    }

    public HttpRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpRequest(method, target, copy, body);
    }
}
