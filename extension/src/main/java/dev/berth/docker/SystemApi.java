package dev.berth.docker;

import dev.berth.docker.internal.EngineApi;
import dev.berth.docker.internal.EngineCall;
import dev.berth.docker.internal.RegistryAuthEncoding;
import dev.berth.docker.internal.http.HttpResponse;
import dev.berth.docker.internal.json.Json;
import dev.berth.docker.model.AuthResult;
import dev.berth.docker.model.EngineVersion;
import dev.berth.docker.model.Event;
import dev.berth.docker.model.EventsOptions;
import dev.berth.docker.model.Ping;
import dev.berth.docker.model.RegistryAuth;
import dev.berth.docker.model.SystemInfo;
import java.io.IOException;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * {@code SystemApi} asks the engine about itself and what happens on it: ping, version, info, the event
 * stream, and registry login. Obtain it from {@link DockerClient#system()}. Thread-safe.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @since 0.1.0
 * @see <a href="https://docs.docker.com/reference/api/engine/version/v1.41/#tag/System">Engine API: System</a>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SystemApi {

    private final EngineApi engine;

    SystemApi(EngineApi engine) {
        this.engine = engine;
    }

    /**
     * Checks that the engine answers ({@code GET /_ping}, unversioned, so it works before version negotiation).
     *
     * @return what the engine's answer headers say
     * @throws EngineUnavailableException when no engine answers; the message says where Berth looked
     */
    public Ping ping() {
        try (HttpResponse r = engine.call("GET", "/_ping").unversioned().send()) {
            String body = r.text().trim();
            if (!body.equals("OK")) {
                throw new DockerException(r.status(), "GET", "/_ping", body, "The Docker engine answered [" + body + "] to GET /_ping instead of OK");
            }
            return new Ping(r.header("Api-Version"), r.header("OSType"), "true".equals(r.header("Docker-Experimental")),
                    r.header("Builder-Version"));
        } catch (IOException e) {
            throw engine.unavailable("GET", "/_ping", e);
        }
    }

    /**
     * Reads the engine's version ({@code GET /version}).
     *
     * @return the version
     */
    public EngineVersion version() {
        return engine.call("GET", "/version").read(EngineVersion.class);
    }

    /**
     * Reads what the engine reports of itself and its host ({@code GET /info}).
     *
     * @return the information
     */
    public SystemInfo info() {
        return engine.call("GET", "/info").read(SystemInfo.class);
    }

    /**
     * Streams the engine's events ({@code GET /events}) as they happen. With {@code since}, events from then on
     * are replayed first, so nothing between asking and the stream's start is missed; with {@code until} the
     * stream ends there.
     *
     * @param options the window and filters
     * @return the stream; must be closed
     */
    public EngineStream<Event> events(EventsOptions options) {
        EngineCall call = engine.call("GET", "/events")
                .query("since", options.since().map(SystemApi::epoch).orElse(null))
                .query("until", options.until().map(SystemApi::epoch).orElse(null)).filters(options.filters());
        return new EngineStream<>(call, SystemApi::event);
    }

    static Event event(Object tree) {
        return Json.bind(tree, Event.class);
    }

    /**
     * Checks credentials against a registry ({@code POST /auth}), as {@code docker login} does (the engine keeps
     * nothing).
     *
     * @param auth the credentials and the registry's address
     * @return the status, and an identity token when the registry issues one
     * @throws UnauthorizedException when the registry refuses the credentials
     * @throws DockerException when the registry cannot be reached
     */
    public AuthResult login(RegistryAuth auth) {
        return engine.call("POST", "/auth").json(RegistryAuthEncoding.body(auth)).read(AuthResult.class);
    }

    private static String epoch(Instant instant) {
        return instant.getEpochSecond() + "." + String.format("%09d", instant.getNano());
    }
}
