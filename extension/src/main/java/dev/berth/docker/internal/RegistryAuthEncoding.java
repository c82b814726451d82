package dev.berth.docker.internal;

import dev.berth.docker.internal.json.Json;
import dev.berth.docker.model.RegistryAuth;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Renders {@link RegistryAuth} as the engine takes it: the JSON of the docker CLI's {@code AuthConfig}
 * (lower-case keys), and that JSON as padded base64url for the {@code X-Registry-Auth} header.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RegistryAuthEncoding {

    private RegistryAuthEncoding() {
    }

    /** @return the {@code AuthConfig} JSON object, without the fields that are not set */
    public static Map<String, String> body(RegistryAuth auth) {
        Map<String, String> body = new LinkedHashMap<>();
        put(body, "username", auth.username());
        put(body, "password", auth.password());
        put(body, "email", auth.email());
        put(body, "serveraddress", auth.serverAddress());
        put(body, "identitytoken", auth.identityToken());
        return body;
    }

    /** @return the {@code X-Registry-Auth} value: base64url with padding, as the docker CLI encodes it */
    public static String header(RegistryAuth auth) {
        return Base64.getUrlEncoder().encodeToString(Json.write(body(auth)));
    }

    private static void put(Map<String, String> body, String key, Optional<String> value) {
        value.ifPresent(v -> body.put(key, v));
    }
}
