package dev.berth.docker.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code CommitOptions} names and describes the image made from a container by {@code POST /commit}.
 * Immutable: every {@code withX} returns a copy.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param repository the repository, e.g. {@code myapp}, or {@code null} for an untagged image
 * @param tag the tag, or {@code null} for {@code latest}
 * @param comment the commit message, or {@code null}
 * @param author the author, or {@code null}
 * @param pause whether to pause the container while committing (the engine's default)
 * @param changes Dockerfile instructions to apply, e.g. {@code LABEL a=b}, {@code CMD ["sh"]}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CommitOptions(String repository, String tag, String comment, String author, boolean pause,
                            List<String> changes) {

    /** Copies the list. */
    public CommitOptions {
        changes = List.copyOf(changes);
    }

    /**
     * Commits to {@code repository:tag}, pausing the container meanwhile.
     *
     * @param repository the repository
     * @param tag the tag
     * @return the options
     */
    public static CommitOptions of(String repository, String tag) {
        return new CommitOptions(repository, tag, null, null, true, List.of());
    }

    /** @param comment the commit message @return a copy */
    public CommitOptions withComment(String comment) {
        return new CommitOptions(repository, tag, comment, author, pause, changes);
    }

    /** @param author the author @return a copy */
    public CommitOptions withAuthor(String author) {
        return new CommitOptions(repository, tag, comment, author, pause, changes);
    }

    /** @param pause whether to pause the container while committing @return a copy */
    public CommitOptions withPause(boolean pause) {
        return new CommitOptions(repository, tag, comment, author, pause, changes);
    }

    /** @param changes Dockerfile instructions, e.g. {@code LABEL a=b} @return a copy */
    public CommitOptions withChanges(String... changes) {
        return new CommitOptions(repository, tag, comment, author, pause, List.of(changes));
    }
}
