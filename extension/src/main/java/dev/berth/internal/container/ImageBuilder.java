package dev.berth.internal.container;

import dev.berth.ContainerSpec;
import dev.berth.ContainerStartupException;
import dev.berth.docker.DockerClient;
import dev.berth.docker.DockerException;
import dev.berth.docker.model.BuildOptions;
import dev.berth.internal.BerthLog;
import dev.berth.internal.Session;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds the image of a {@link ContainerSpec#fromDockerfile(Path)} spec, tagged with the spec's image reference and
 * labelled {@code dev.berth.managed=true}, logging each line of the build's output through {@code System.Logger}
 * ("dev.berth", INFO). A failed build's last output lines go into the exception's message.
 */
final class ImageBuilder {

    private static final int OUTPUT_LINES_ON_FAILURE = 20;

    private final DockerClient docker;

    ImageBuilder(DockerClient docker) {
        this.docker = docker;
    }

    void build(ContainerSpec spec, boolean pullBaseImages, String displayName) {
        Path context = spec.buildContext().orElseThrow();
        String image = spec.image();
        BerthLog.get().log(Level.INFO, () -> "building " + image + " from " + context + " for container \"" + displayName + "\"");
        Deque<String> last = new ArrayDeque<>();
        BuildOptions options = BuildOptions.tagged(image).withLabel(Session.MANAGED_LABEL, "true").withPull(pullBaseImages)
                .withForceRemove(true);
        try {
            String id = docker.images().build(context, options, event -> {
                String text = event.stream();
                if (text == null) {
                    return;
                }
                for (String line : text.split("\n")) {
                    if (!line.isBlank()) {
                        BerthLog.get().log(Level.INFO, "build " + image + ": " + line.stripTrailing());
                        last.addLast(line.stripTrailing());
                        if (last.size() > OUTPUT_LINES_ON_FAILURE) {
                            last.removeFirst();
                        }
                    }
                }
            });
            BerthLog.get().log(Level.DEBUG, () -> "built " + image + " (" + id + ")");
        } catch (DockerException e) {
            StringBuilder output = new StringBuilder();
            last.forEach(line -> output.append("\n  | ").append(line));
            throw new ContainerStartupException("Container \"" + displayName + "\" needs image [" + image + "] built from [" + context
                    + "], and the build failed on " + docker.endpoint() + ": " + e.engineMessage()
                    + (output.length() == 0 ? "" : "\nLast build output:" + output)
                    + "\nFix: check the Dockerfile and the files it uses from the folder (docker build " + context + ").", e);
        }
    }
}
