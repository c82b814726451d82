package dev.berth.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.berth.ExecResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;

/** Soft mode of {@link ExecResultAssert}, with {@link BerthSoftAssertions} and AssertJ's own proxy. */
@NoEngine
class BerthSoftAssertionsTest {

    static final ExecResult NOT_FOUND = new ExecResult(127, new byte[0],
            "sh: nope: not found\n".getBytes(StandardCharsets.UTF_8));

    static final String NOT_FOUND_EXPECTING = """

            Expecting exec result:
              exit code: 127
              stdout: (empty)
              stderr:
                sh: nope: not found
            """;

    /** The collected messages, without the line AssertJ appends to say where each failure happened. */
    static List<String> messages(List<? extends Throwable> errors) {
        return errors.stream().map(e -> e.getMessage().replaceFirst("\nat [^\n]+\\(\\w+\\.java:\\d+\\)$", "")).toList();
    }

    @Test
    void collects_every_failure_including_those_after_a_navigation() {
        // GIVEN
        BerthSoftAssertions softly = new BerthSoftAssertions();
        // WHEN
        softly.assertThat(NOT_FOUND).succeeded().hasStdoutContaining("hello");
        softly.assertThat(NOT_FOUND).stdout().isNotEmpty();
        softly.assertThat(NOT_FOUND).as("probe").stderr().contains("found").contains("permission denied");
        softly.assertThat(NOT_FOUND).hasExitCode(127).failed();
        softly.assertThat("plain AssertJ").startsWith("plain");
        // THEN
        assertThat(messages(softly.errorsCollected())).containsExactly(
                NOT_FOUND_EXPECTING + "to succeed (exit code 0)\nbut it exited with code 127",
                NOT_FOUND_EXPECTING + "to have stdout containing:\n  \"hello\"",
                """
                [stdout of exec result]\s
                Expecting actual not to be empty""",
                """
                [probe]\s
                Expecting actual:
                  "sh: nope: not found
                "
                to contain:
                  "permission denied"\s""");
    }

    @Test
    void assertSoftly_reports_all_failures_at_the_end() {
        assertThatExceptionOfType(AssertJMultipleFailuresError.class)
                .isThrownBy(() -> BerthSoftAssertions.assertSoftly(softly -> {
                    softly.assertThat(NOT_FOUND).succeeded();
                    softly.assertThat(NOT_FOUND).hasEmptyStderr();
                    softly.assertThat(NOT_FOUND).stderr().isEmpty();
                }))
                .satisfies(e -> assertThat(e.getFailures()).hasSize(3))
                .withMessageStartingWith("\nMultiple Failures (3 failures)\n-- failure 1 --" + NOT_FOUND_EXPECTING);
    }

    @Test
    void assertSoftly_passes_when_everything_holds() {
        BerthSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(NOT_FOUND).failed().hasStderr("sh: nope: not found");
            softly.assertThat(NOT_FOUND).stdout().isEmpty();
        });
    }

    @Test
    void works_with_AssertJ_s_own_soft_proxy() {
        // GIVEN
        SoftAssertions softly = new SoftAssertions();
        // WHEN
        softly.proxy(ExecResultAssert.class, ExecResult.class, NOT_FOUND).succeeded().hasStderrContaining("nope");
        softly.proxy(ExecResultAssert.class, ExecResult.class, NOT_FOUND).stderr().startsWith("bash");
        // THEN
        assertThat(messages(softly.errorsCollected())).containsExactly(
                NOT_FOUND_EXPECTING + "to succeed (exit code 0)\nbut it exited with code 127",
                """
                [stderr of exec result]\s
                Expecting actual:
                  "sh: nope: not found
                "
                to start with:
                  "bash\"""");
    }
}
