package dev.berth.docker.model;

import org.apiguardian.api.API;

/**
 * {@code PortBinding} is a host address and port a container port is published on.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param hostIp the host address, e.g. {@code 127.0.0.1}
 * @param hostPort the host port, as a string as the engine sends it
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PortBinding(String hostIp, String hostPort) {

    /** @return the host port as a number */
    public int port() {
        return Integer.parseInt(hostPort);
    }
}
