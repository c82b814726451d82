package dev.berth.internal.container;

import dev.berth.ExecResult;
import dev.berth.docker.DockerClient;
import dev.berth.docker.model.ExecConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves files in and out of a container by running {@code tar} inside it, for the paths the engine's archive
 * endpoints get wrong: a read-only root filesystem refuses every upload, and a tmpfs mount is invisible to them
 * (an upload lands in the layer beneath the mount, where the container never sees it, and a read returns what
 * lies beneath). Needs {@code sh} and {@code tar} in the image; output is buffered, as tmpfs content is small.
 */
final class InContainerTar {

    private final DockerClient docker;
    private final String containerId;
    private final List<String> tmpfsMounts;

    /**
     * @param tmpfsMounts the container's tmpfs mount points, {@code /path} or {@code /path:options}
     */
    InContainerTar(DockerClient docker, String containerId, List<String> tmpfsMounts) {
        this.docker = docker;
        this.containerId = containerId;
        List<String> mountPoints = new ArrayList<>(tmpfsMounts.size());
        for (String mount : tmpfsMounts) {
            String point = mount.contains(":") ? mount.substring(0, mount.indexOf(':')) : mount;
            mountPoints.add(point.length() > 1 && point.endsWith("/") ? point.substring(0, point.length() - 1) : point);
        }
        this.tmpfsMounts = List.copyOf(mountPoints);
    }

    /** @return the tmpfs mount {@code path} lies on, or {@code null} */
    String tmpfsOf(String path) {
        for (String mount : tmpfsMounts) {
            if (path.equals(mount) || path.startsWith(mount + "/")) {
                return mount;
            }
        }
        return null;
    }

    /** Unpacks {@code tar} at {@code directory} (created with its parents). */
    ExecResult extract(String directory, byte[] tar) {
        return docker.exec().run(containerId, ExecConfig.of("sh", "-c", "mkdir -p \"$0\" && tar -x -C \"$0\"", directory), tar);
    }

    /** Packs {@code path} (a file, link or directory tree) as its archive endpoint would: one entry named after it. */
    ExecResult create(String path) {
        int slash = path.lastIndexOf('/');
        String parent = slash <= 0 ? "/" : path.substring(0, slash);
        return docker.exec().run(containerId, ExecConfig.of("tar", "-c", "-C", parent, path.substring(slash + 1)));
    }
}
