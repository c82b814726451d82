package dev.berth.docker;

import dev.berth.docker.internal.EngineApi;
import dev.berth.docker.internal.UrlEncoding;
import dev.berth.docker.model.Network;
import dev.berth.docker.model.NetworkConfig;
import dev.berth.docker.model.PruneResult;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code NetworkApi} creates and removes networks and puts containers on them: the network endpoints of the
 * Engine API ({@code /networks/...}). Obtain it from {@link DockerClient#networks()}. Thread-safe.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @since 0.1.0
 * @see <a href="https://docs.docker.com/reference/api/engine/version/v1.41/#tag/Network">Engine API: Network</a>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class NetworkApi {

    private final EngineApi engine;

    NetworkApi(EngineApi engine) {
        this.engine = engine;
    }

    /**
     * Creates a network ({@code POST /networks/create}). The engine refuses a second network of the same name.
     *
     * @param config what to create
     * @return the new network's id
     * @throws ConflictException when a network of that name exists
     */
    public String create(NetworkConfig config) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Name", config.name());
        body.put("CheckDuplicate", true);
        body.put("Driver", config.driver());
        body.put("Internal", config.internal());
        body.put("Attachable", config.attachable());
        body.put("Labels", config.labels());
        body.put("Options", config.options());
        return engine.call("POST", "/networks/create").json(body).member("Id");
    }

    /**
     * Inspects a network ({@code GET /networks/{id}}), with the containers on it.
     *
     * @param network its id or name
     * @return what the engine reports
     * @throws NotFoundException when there is no such network
     */
    public Network inspect(String network) {
        return engine.call("GET", "/networks/" + UrlEncoding.segment(network)).read(Network.class);
    }

    /**
     * Lists networks ({@code GET /networks}).
     *
     * @param filters e.g. {@code label -> [a=b]}, {@code name -> [backend]}, {@code driver -> [bridge]}
     * @return the networks (without their containers)
     */
    public List<Network> list(Map<String, List<String>> filters) {
        return Arrays.asList(engine.call("GET", "/networks").filters(filters).read(Network[].class));
    }

    /**
     * Removes a network ({@code DELETE /networks/{id}}).
     *
     * @param network its id or name
     * @throws NotFoundException when there is no such network
     * @throws ForbiddenException when it is one of the engine's own ({@code bridge}, {@code host}, {@code none})
     */
    public void remove(String network) {
        engine.call("DELETE", "/networks/" + UrlEncoding.segment(network)).discard();
    }

    /**
     * Removes networks no container uses that match the filters ({@code POST /networks/prune}).
     *
     * @param filters e.g. {@code label -> [dev.berth.session=abc]}; without a filter every unused network goes
     * @return the removed networks' names
     */
    public PruneResult prune(Map<String, List<String>> filters) {
        Pruned answer = engine.call("POST", "/networks/prune").filters(filters).read(Pruned.class);
        return new PruneResult(answer.networksDeleted() == null ? List.of() : answer.networksDeleted(), 0);
    }

    /**
     * Puts a container on a network ({@code POST /networks/{id}/connect}), reachable there by its name and the
     * given aliases.
     *
     * @param network the network's id or name
     * @param container the container's id or name
     * @param aliases more names for it on this network
     * @throws NotFoundException when the network or the container does not exist
     * @throws ForbiddenException when the container is already on the network
     */
    public void connect(String network, String container, String... aliases) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Container", container);
        if (aliases.length > 0) {
            body.put("EndpointConfig", Map.of("Aliases", List.of(aliases)));
        }
        engine.call("POST", "/networks/" + UrlEncoding.segment(network) + "/connect").json(body).discard();
    }

    /**
     * Takes a container off a network ({@code POST /networks/{id}/disconnect}).
     *
     * @param network the network's id or name
     * @param container the container's id or name
     * @param force disconnect even when the container is not running or the endpoint is stale
     * @throws NotFoundException when the network or the container does not exist
     */
    public void disconnect(String network, String container, boolean force) {
        engine.call("POST", "/networks/" + UrlEncoding.segment(network) + "/disconnect").json(Map.of("Container", container, "Force", force)).discard();
    }

    /** The answer of {@code POST /networks/prune}. */
    private record Pruned(List<String> networksDeleted) {
    }
}
