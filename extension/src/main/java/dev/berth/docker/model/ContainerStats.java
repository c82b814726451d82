package dev.berth.docker.model;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code ContainerStats} is one sample of a container's resource usage, as {@code GET /containers/{id}/stats}
 * reports it. Fields the engine leaves out (cgroup v2 hosts, stopped containers) are 0 or {@code null}.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param read when the sample was taken (RFC 3339)
 * @param preread when the previous sample was taken (RFC 3339)
 * @param name the container's name
 * @param id the container's id
 * @param pidsStats its process count
 * @param memoryStats its memory use
 * @param cpuStats its CPU use now
 * @param precpuStats its CPU use at the previous sample
 * @param networks traffic per network interface
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ContainerStats(String read, String preread, String name, String id, PidsStats pidsStats,
                             MemoryStats memoryStats, CpuStats cpuStats, CpuStats precpuStats,
                             Map<String, NetworkStats> networks) {

    /**
     * Process count.
     *
     * @param current processes now
     * @param limit the limit (0: none)
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record PidsStats(long current, long limit) {
    }

    /**
     * Memory use.
     *
     * @param usage bytes in use
     * @param maxUsage the peak (cgroup v1 only)
     * @param limit the limit in bytes
     * @param stats the cgroup's detailed counters
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record MemoryStats(long usage, long maxUsage, long limit, Map<String, Long> stats) {
    }

    /**
     * CPU use.
     *
     * @param cpuUsage the container's CPU time
     * @param systemCpuUsage the host's CPU time, nanoseconds
     * @param onlineCpus the number of CPUs
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record CpuStats(CpuUsage cpuUsage, long systemCpuUsage, int onlineCpus) {
    }

    /**
     * A container's CPU time, nanoseconds.
     *
     * @param totalUsage in all
     * @param percpuUsage per CPU (cgroup v1 only)
     * @param usageInKernelmode in kernel mode
     * @param usageInUsermode in user mode
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record CpuUsage(long totalUsage, List<Long> percpuUsage, long usageInKernelmode, long usageInUsermode) {
    }

    /**
     * One interface's traffic.
     *
     * @param rxBytes bytes received
     * @param rxPackets packets received
     * @param txBytes bytes sent
     * @param txPackets packets sent
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record NetworkStats(long rxBytes, long rxPackets, long txBytes, long txPackets) {
    }
}
