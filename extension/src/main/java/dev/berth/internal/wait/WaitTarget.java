package dev.berth.internal.wait;

import dev.berth.ContainerHandle;
import dev.berth.docker.DockerClient;
import dev.berth.docker.model.ContainerState;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a wait needs of the container it waits on.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public interface WaitTarget {

    DockerClient docker();

    /** @return the container's handle, as a user's check ({@link dev.berth.Wait#until}) gets it */
    ContainerHandle handle();

    String id();

    /** @return the main process's pid as the engine reports it (host pid for a local engine), 0 when unknown */
    int pid();

    /** @return container port to host port */
    Map<Integer, Integer> ports();

    /** @return the state read by the one inspect after start */
    ContainerState stateAtStart();

    /** @return the host published ports are reached on */
    String host();
}
