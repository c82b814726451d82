package dev.berth.docker.model;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code Network} is a network as {@code GET /networks/{id}} and {@code GET /networks} report it.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param id its id
 * @param name its name
 * @param created when it was created (RFC 3339)
 * @param scope {@code local} or {@code swarm}
 * @param driver e.g. {@code bridge}
 * @param internal whether it is cut off from outside networks
 * @param attachable whether standalone containers may join
 * @param ipam its address management: subnets and gateways
 * @param containers the containers on it by id (filled in by inspect, not by list)
 * @param options driver options
 * @param labels its labels
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Network(String id, String name, String created, String scope, String driver, boolean internal,
                      boolean attachable, Ipam ipam, Map<String, Endpoint> containers, Map<String, String> options,
                      Map<String, String> labels) {

    /**
     * Address management.
     *
     * @param driver e.g. {@code default}
     * @param config one entry per subnet
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Ipam(String driver, List<IpamConfig> config) {
    }

    /**
     * One subnet.
     *
     * @param subnet e.g. {@code 172.20.0.0/16}
     * @param gateway e.g. {@code 172.20.0.1}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record IpamConfig(String subnet, String gateway) {
    }

    /**
     * A container's endpoint on the network.
     *
     * @param name the container's name
     * @param endpointId the endpoint's id
     * @param macAddress its MAC address
     * @param ipv4Address its address with prefix, e.g. {@code 172.20.0.2/16}
     * @param ipv6Address its IPv6 address, or empty
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Endpoint(String name, String endpointId, String macAddress, String ipv4Address, String ipv6Address) {
    }
}
