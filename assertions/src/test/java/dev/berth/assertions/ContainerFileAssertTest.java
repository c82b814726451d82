package dev.berth.assertions;

import static dev.berth.assertions.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.berth.ContainerHandle;
import dev.berth.Containers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** {@link ContainerFileAssert} against a real container, started once for the class. */
class ContainerFileAssertTest {

    static final TestRun RUN = new TestRun();

    static ContainerHandle files;
    static String in;

    @BeforeAll
    static void startContainer() {
        files = Containers.start(RUN.busybox("files").withCommand("sleep", "300"));
        files.putFile("/data/hello.txt", "hello\n");
        files.putFile("/data/run.sh", "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8), 0755);
        assertThat(files.exec("sh", "-c", "mkdir -m 0700 /secret && ln -s /data/hello.txt /data/link")).succeeded();
        in = "in container \"files\" (image busybox:stable, id " + files.id().substring(0, 12) + ")";
    }

    @AfterAll
    static void removeContainer() {
        RUN.closeAndCheckNothingLeft(files);
    }

    @Nested
    class Exists {

        @Test
        void passes_for_files_directories_and_links() {
            assertThat(files).file("/data/hello.txt").exists();
            assertThat(files).file("/data").exists();
            assertThat(files).file("/data/link").exists();
        }

        @Test
        void fails_for_a_missing_path() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(files).file("/data/nope").exists())
                    .withMessage("""

                            Expecting "/data/nope" %s
                            to exist""".formatted(in));
        }
    }

    @Nested
    class DoesNotExist {

        @Test
        void passes_for_a_missing_path() {
            assertThat(files).file("/data/nope").doesNotExist();
        }

        @Test
        void fails_saying_what_the_path_is() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(files).file("/data/hello.txt").doesNotExist())
                    .withMessage("""

                            Expecting "/data/hello.txt" %s
                            not to exist
                            but it is a regular file (mode 0644, 6 bytes)""".formatted(in));
        }
    }

    @Nested
    class IsDirectory {

        @Test
        void passes_for_a_directory() {
            assertThat(files).file("/secret").isDirectory();
        }

        @Test
        void fails_for_a_regular_file() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(files).file("/data/run.sh").isDirectory())
                    .withMessage("""

                            Expecting "/data/run.sh" %s
                            to be a directory
                            but it is a regular file (mode 0755, 18 bytes)""".formatted(in));
        }

        @Test
        void fails_for_a_missing_path() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(files).file("/data/nope").isDirectory())
                    .withMessage("""

                            Expecting "/data/nope" %s
                            to be a directory
                            but it does not exist""".formatted(in));
        }
    }

    @Nested
    class IsRegularFile {

        @Test
        void passes_for_a_regular_file() {
            assertThat(files).file("/data/hello.txt").isRegularFile();
        }

        @Test
        void fails_for_a_directory() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(files).file("/secret").isRegularFile())
                    .withMessage("""

                            Expecting "/secret" %s
                            to be a regular file
                            but it is a directory (mode 0700)""".formatted(in));
        }

        @Test
        void fails_for_a_symbolic_link() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(files).file("/data/link").isRegularFile())
                    .withMessage("""

                            Expecting "/data/link" %s
                            to be a regular file
                            but it is a symbolic link to "/data/hello.txt\"""".formatted(in));
        }
    }

    @Nested
    class HasContent {

        @Test
        void passes_for_the_exact_content() {
            assertThat(files).file("/data/hello.txt").hasContent("hello\n");
        }

        @Test
        void fails_with_actual_and_expected_for_an_IDE_diff() {
            assertThatExceptionOfType(AssertionFailedError.class)
                    .isThrownBy(() -> assertThat(files).file("/data/hello.txt").hasContent("hello"))
                    .withMessage("""

                            Expecting "/data/hello.txt" %s
                            to have content:
                              "hello"
                            but it had:
                              "hello\\n\"""".formatted(in))
                    .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getActual().getValue()).isEqualTo("hello\n"));
        }

        @Test
        void fails_for_a_directory() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(files).file("/data").hasContent("hello\n"))
                    .withMessage("""

                            Expecting "/data" %s
                            to have content:
                              "hello\\n"
                            but it is a directory (mode 0755)""".formatted(in));
        }

        @Test
        void fails_for_a_missing_file() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(files).file("/data/nope").hasContent(""))
                    .withMessage("""

                            Expecting "/data/nope" %s
                            to have content:
                              ""
                            but it does not exist""".formatted(in));
        }
    }

    @Nested
    class HasMode {

        @Test
        void passes_for_the_permission_bits() {
            assertThat(files).file("/data/run.sh").hasMode(0755);
            assertThat(files).file("/secret").hasMode(0700);
        }

        @Test
        void fails_showing_both_modes_in_octal() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(files).file("/data/run.sh").hasMode(0700))
                    .withMessage("""

                            Expecting "/data/run.sh" %s
                            to have mode 0700
                            but it has mode 0755""".formatted(in));
        }

        @Test
        void fails_for_a_missing_path() {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThat(files).file("/data/nope").hasMode(0644))
                    .withMessage("""

                            Expecting "/data/nope" %s
                            to have mode 0644
                            but it does not exist""".formatted(in));
        }
    }
}
