package dev.berth.docker.model;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code ProgressEvent} is one message of the engine's progress stream for a pull, push, build, load or import,
 * handed to the caller's listener as it arrives. Errors in the stream are not events: they are raised as
 * {@link dev.berth.docker.DockerException}.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param id the layer or image the message is about, or {@code null}
 * @param status e.g. {@code Downloading}, {@code Pull complete}, or {@code null}
 * @param progress the engine's progress bar text, or {@code null}
 * @param progressDetail bytes done and total, or {@code null}
 * @param stream build output text (with its line breaks), or {@code null}
 * @param aux auxiliary data, e.g. the built image's {@code ID} or a pushed image's {@code Digest}, or {@code null}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ProgressEvent(String id, String status, String progress, ProgressDetail progressDetail, String stream,
                            Map<String, Object> aux) {

    /**
     * How far a layer's transfer got.
     *
     * @param current bytes done
     * @param total bytes in all (0 when unknown)
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record ProgressDetail(long current, long total) {
    }
}
