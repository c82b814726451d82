package dev.berth.docker.model;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code ContainerSummary} is one container as {@code GET /containers/json} lists it.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param id the full id
 * @param names its names, each with a leading {@code /}
 * @param image the image reference
 * @param imageId the image id
 * @param command the command line
 * @param created creation time (seconds since the epoch)
 * @param state e.g. {@code running}
 * @param status e.g. {@code Up 3 seconds}
 * @param ports its ports
 * @param labels its labels
 * @param sizeRw size of its writable layer (with {@code size=true})
 * @param sizeRootFs size of its root filesystem (with {@code size=true})
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ContainerSummary(String id, List<String> names, String image, String imageId, String command,
                               long created, String state, String status, List<Port> ports,
                               Map<String, String> labels, Long sizeRw, Long sizeRootFs) {

    /**
     * A port of a listed container.
     *
     * @param ip the host address
     * @param privatePort the container port
     * @param publicPort the host port (0 when not published)
     * @param type {@code tcp}, {@code udp} or {@code sctp}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Port(String ip, int privatePort, int publicPort, String type) {
    }
}
