package dev.berth.internal.container;

import dev.berth.ContainerStartupException;
import dev.berth.PullPolicy;
import dev.berth.docker.DockerClient;
import dev.berth.docker.DockerException;
import dev.berth.docker.model.ProgressEvent;
import dev.berth.internal.BerthLog;
import java.lang.System.Logger.Level;

/**
 * Pulls images for containers whose policy asks for it, with credentials from the docker CLI's config, logging
 * progress through {@code System.Logger} ("dev.berth").
 */
final class ImagePuller {


    private final DockerClient docker;

    ImagePuller(DockerClient docker) {
        this.docker = docker;
    }

    /**
     * @param policy the container's effective policy: {@code ALWAYS}, or {@code IF_MISSING} for an image the engine
     *     lacks; the advice on failure depends on it
     */
    void pull(String image, String displayName, PullPolicy policy) {
        BerthLog.get().log(Level.INFO, () -> "pulling " + image + " for container \"" + displayName + "\"");
        try {
            docker.images().pull(image, RegistryCredentials.fromEnvironment().forImage(image), this::log);
        } catch (DockerException e) {
            throw new ContainerStartupException("Container \"" + displayName + "\" needs image [" + image + "], which could not be pulled from "
                    + RegistryCredentials.registryOf(image) + ": " + e.engineMessage() + ". Fix: check the reference and tag, the registry"
                    + " credentials (docker login, or DOCKER_CONFIG), and that the registry is reachable; offline, load the image"
                    + " first (docker load)" + offlineAdvice(policy), e);
        } catch (IllegalStateException e) {
            throw new ContainerStartupException("Container \"" + displayName + "\" needs image [" + image + "]: " + e.getMessage(), e);
        }
    }

    private static String offlineAdvice(PullPolicy policy) {
        return policy == PullPolicy.ALWAYS
                ? " and use PullPolicy.IF_MISSING or NEVER: ALWAYS pulls even an image the engine has."
                : ": with PullPolicy.IF_MISSING, this container's policy, Berth pulls only an image the engine lacks.";
    }

    private void log(ProgressEvent event) {
        BerthLog.get().log(Level.DEBUG, () -> "pull: " + (event.id() == null ? "" : event.id() + " ") + event.status()
                + (event.progress() == null ? "" : " " + event.progress()));
    }
}
