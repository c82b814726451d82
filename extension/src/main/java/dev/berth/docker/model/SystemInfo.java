package dev.berth.docker.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code SystemInfo} is what {@code GET /info} reports of the engine and its host (the fields tests need).
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param id the engine's id
 * @param name the host's name
 * @param serverVersion the engine's release
 * @param containers how many containers exist
 * @param containersRunning how many run
 * @param containersPaused how many are paused
 * @param containersStopped how many are stopped
 * @param images how many images exist
 * @param driver the storage driver, e.g. {@code overlay2}
 * @param dockerRootDir the engine's data folder
 * @param kernelVersion the host's kernel
 * @param operatingSystem the host's operating system
 * @param osType {@code linux} or {@code windows}
 * @param architecture e.g. {@code x86_64}
 * @param ncpu the host's CPUs
 * @param memTotal the host's memory in bytes
 * @param cgroupDriver {@code cgroupfs} or {@code systemd}
 * @param cgroupVersion {@code 1} or {@code 2}
 * @param labels the engine's labels
 * @param warnings the engine's warnings, e.g. missing swap limit support
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SystemInfo(String id, String name, String serverVersion, int containers, int containersRunning,
                         int containersPaused, int containersStopped, int images, String driver, String dockerRootDir,
                         String kernelVersion, String operatingSystem, String osType, String architecture, int ncpu,
                         long memTotal, String cgroupDriver, String cgroupVersion, List<String> labels,
                         List<String> warnings) {
}
