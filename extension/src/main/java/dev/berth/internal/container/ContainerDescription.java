package dev.berth.internal.container;

import org.apiguardian.api.API;

/**
 * How messages name a container: its logical name, image and short id.
 *
 * @param name the logical name (or the engine's name)
 * @param image the image reference
 * @param id the full id
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record ContainerDescription(String name, String image, String id) {

    public String shortId() {
        return id == null ? "not created" : id.length() > 12 ? id.substring(0, 12) : id;
    }

    /** @return e.g. {@code "web" (image busybox:stable, id 3f2a1b4c5d6e)} */
    @Override
    public String toString() {
        return "\"" + name + "\" (image " + image + ", id " + shortId() + ")";
    }
}
