package dev.berth.docker;

/**
 * Reads a {@link DockerClient}'s connection counters for Berth's own tests. The counters are package-private on
 * {@code DockerClient}: they describe its pool, not the Engine API, so they are not on the public surface.
 */
public final class ClientCounters {

    private ClientCounters() {
    }

    /**
     * @param docker the client
     * @return how many HTTP requests it has sent
     */
    public static long requestCount(DockerClient docker) {
        return docker.requestCount();
    }

    /**
     * @param docker the client
     * @return how many connections it has opened
     */
    public static int connectionsOpened(DockerClient docker) {
        return docker.connectionsOpened();
    }

    /**
     * @param docker the client
     * @return how many pooled connections sit idle now
     */
    public static int idleConnections(DockerClient docker) {
        return docker.idleConnections();
    }
}
