package dev.berth.docker.internal;

import org.apiguardian.api.API;

/**
 * Splits an image reference the way the docker CLI does for a pull: the repository, and the tag or digest
 * ({@code latest} when neither is given, so a pull never fetches every tag).
 *
 * @param repository e.g. {@code registry:5000/team/app}
 * @param tag e.g. {@code 1.0}, {@code latest} or {@code sha256:...}
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record ImageReference(String repository, String tag) {

    /** {@code registry:5000/team/app:1.2@sha256:...} gives {@code app}. */
    public static String nameOf(String image) {
        String ref = image.trim();
        int at = ref.indexOf('@');
        if (at >= 0) {
            ref = ref.substring(0, at);
        }
        ref = ref.substring(ref.lastIndexOf('/') + 1);
        int colon = ref.indexOf(':');
        return colon >= 0 ? ref.substring(0, colon) : ref;
    }

    /**
     * Parses a reference.
     *
     * @param reference e.g. {@code busybox}, {@code busybox:stable}, {@code host:5000/app:1}, {@code app@sha256:...}
     * @return the parts
     */
    public static ImageReference parse(String reference) {
        int at = reference.indexOf('@');
        if (at >= 0) {
            return new ImageReference(reference.substring(0, at), reference.substring(at + 1));
        }
        int colon = reference.lastIndexOf(':');
        int slash = reference.lastIndexOf('/');
        if (colon > slash) {
            return new ImageReference(reference.substring(0, colon), reference.substring(colon + 1));
        }
        return new ImageReference(reference, "latest");
    }
}
