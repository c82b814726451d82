package dev.berth.docker.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code CommitOptions} names and describes the image made from a container by {@code POST /commit}.
 * Immutable: every {@code withX} returns a copy.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param repository the repository, e.g. {@code myapp}; empty for an untagged image
 * @param tag the tag; empty for {@code latest}
 * @param comment the commit message; empty for none
 * @param author the author; empty for none
 * @param pause whether to pause the container while committing (the engine's default)
 * @param changes Dockerfile instructions to apply, e.g. {@code LABEL a=b}, {@code CMD ["sh"]}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CommitOptions(Optional<String> repository, Optional<String> tag, Optional<String> comment,
                            Optional<String> author, boolean pause, List<String> changes) {

    /** Checks that no component is {@code null}; copies the list. */
    public CommitOptions {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(author, "author");
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
        return new CommitOptions(Optional.of(Objects.requireNonNull(repository, "repository")),
                Optional.of(Objects.requireNonNull(tag, "tag")), Optional.empty(), Optional.empty(), true, List.of());
    }

    /**
     * Commits to an untagged image, pausing the container meanwhile.
     *
     * @return the options
     */
    public static CommitOptions untagged() {
        return new CommitOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true, List.of());
    }

    /** @param comment the commit message @return a copy */
    public CommitOptions withComment(String comment) {
        return new CommitOptions(repository, tag, Optional.of(Objects.requireNonNull(comment, "comment")), author, pause, changes);
    }

    /** @param author the author @return a copy */
    public CommitOptions withAuthor(String author) {
        return new CommitOptions(repository, tag, comment, Optional.of(Objects.requireNonNull(author, "author")), pause, changes);
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
