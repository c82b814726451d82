package dev.berth.assertions;

import static dev.berth.assertions.error.ShouldBeDirectory.shouldBeDirectory;
import static dev.berth.assertions.error.ShouldBeRegularFile.shouldBeRegularFile;
import static dev.berth.assertions.error.ShouldExist.shouldExist;
import static dev.berth.assertions.error.ShouldHaveContent.shouldHaveContent;
import static dev.berth.assertions.error.ShouldHaveMode.shouldHaveMode;
import static dev.berth.assertions.error.ShouldNotExist.shouldNotExist;

import dev.berth.ContainerHandle;
import dev.berth.NoSuchContainerPathException;
import dev.berth.PathStat;
import dev.berth.assertions.error.ContainerMessages;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * {@code ContainerFileAssert} checks a path inside a container: whether it exists, what it is, its content and its
 * permission bits. Get one from {@link ContainerAssert#file(String)}:
 *
 * <pre>{@code
 * assertThat(web).file("/www/index.html").isRegularFile().hasMode(0644).hasContent("hello");
 * assertThat(web).file("/tmp/lock").doesNotExist();
 * }</pre>
 *
 * <p>Every check asks the engine when it runs ({@link ContainerHandle#stat(String)}, which does not follow a
 * symbolic link at the path itself). Failure messages name the path and the container, and show modes in octal.
 *
 * @since 0.1.0
 * @see ContainerAssert#file(String)
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class ContainerFileAssert extends AbstractObjectAssert<ContainerFileAssert, ContainerFileAssert.ContainerPath> {

    /**
     * Creates an assertion on a path; prefer {@link ContainerAssert#file(String)}.
     *
     * @param actual the path under test
     */
    public ContainerFileAssert(ContainerPath actual) {
        super(actual, ContainerFileAssert.class);
    }

    /**
     * Verifies that the path exists (as a file, a directory or a link).
     *
     * @return this assertion
     */
    public ContainerFileAssert exists() {
        isNotNull();
        if (stat() == null) {
            throw assertionError(shouldExist(actual.container(), actual.path()));
        }
        return this;
    }

    /**
     * Verifies that the path does not exist.
     *
     * @return this assertion
     */
    public ContainerFileAssert doesNotExist() {
        isNotNull();
        PathStat stat = stat();
        if (stat != null) {
            throw assertionError(shouldNotExist(actual.container(), actual.path(), stat));
        }
        return this;
    }

    /**
     * Verifies that the path is a directory.
     *
     * @return this assertion
     */
    public ContainerFileAssert isDirectory() {
        isNotNull();
        PathStat stat = stat();
        if (stat == null || !stat.isDirectory()) {
            throw assertionError(shouldBeDirectory(actual.container(), actual.path(), stat));
        }
        return this;
    }

    /**
     * Verifies that the path is a regular file: neither a directory nor a symbolic link.
     *
     * @return this assertion
     */
    public ContainerFileAssert isRegularFile() {
        isNotNull();
        PathStat stat = stat();
        if (stat == null || !stat.isRegularFile()) {
            throw assertionError(shouldBeRegularFile(actual.container(), actual.path(), stat));
        }
        return this;
    }

    /**
     * Verifies the file's content, read as UTF-8, exactly (no trimming). The failure carries actual and expected, so
     * IDEs offer a diff.
     *
     * @param expected the expected content
     * @return this assertion
     */
    public ContainerFileAssert hasContent(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        PathStat stat = stat();
        if (stat == null || stat.isDirectory()) {
            throw assertionError(shouldHaveContent(actual.container(), actual.path(), expected, stat));
        }
        String content = actual.container().readFile(actual.path());
        if (!content.equals(expected)) {
            throw failureWithActualExpected(content, expected, "%s",
                    shouldHaveContent(actual.container(), actual.path(), expected, content).create());
        }
        return this;
    }

    /**
     * Verifies the path's permission bits, e.g. {@code hasMode(0755)}; messages show modes in octal.
     *
     * @param expected the expected permission bits
     * @return this assertion
     */
    public ContainerFileAssert hasMode(int expected) {
        isNotNull();
        PathStat stat = stat();
        if (stat == null || stat.mode() != expected) {
            throw assertionError(shouldHaveMode(actual.container(), actual.path(), expected, stat));
        }
        return this;
    }

    private PathStat stat() {
        try {
            return actual.container().stat(actual.path());
        } catch (NoSuchContainerPathException e) {
            return null;
        }
    }

    /**
     * {@code ContainerPath} is the value a {@link ContainerFileAssert} checks: a path inside a container.
     *
     * @param container the container
     * @param path an absolute path inside it
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public record ContainerPath(ContainerHandle container, String path) {

        /**
         * Creates the value.
         *
         * @param container the container
         * @param path an absolute path inside it
         */
        public ContainerPath {
            Objects.requireNonNull(container, "container");
            Objects.requireNonNull(path, "path");
        }

        /** @return e.g. {@code "/www" in container "web" (image busybox:stable, id 1a2b3c4d5e6f)} */
        @Override
        public String toString() {
            return ContainerMessages.path(container, path);
        }
    }
}
