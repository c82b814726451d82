package dev.berth.internal.container;

import dev.berth.ContainerStartupException;
import dev.berth.docker.DockerClient;

/**
 * Pulls images for containers whose policy asks for it.
 */
final class ImagePuller {

    private final DockerClient docker;

    ImagePuller(DockerClient docker) {
        this.docker = docker;
    }

    void pull(String image, String displayName) {
        throw new ContainerStartupException("Container \"" + displayName + "\" needs image [" + image + "], which is not present on the engine ("
                + docker.endpoint() + "), and pulling is not available yet. Fix: pull or load the image first.");
    }
}
