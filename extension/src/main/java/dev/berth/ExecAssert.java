package dev.berth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @ExecAssert} runs a command in a container around a test and fails the test unless the command's exit
 * code and output are as declared.
 *
 * <pre>{@code
 * @Test
 * @ExecAssert(container = "web", command = {"test", "-f", "/www/index.html"})
 * @ExecAssert(container = "web", command = {"cat", "/www/index.html"}, stdoutContains = "hello")
 * void publishes(ContainerHandle web) { web.putFile("/www/index.html", "hello"); }
 * }</pre>
 *
 * <h2>Scope</h2>
 * On a test method: for that test (each invocation of a parameterized or repeated test). On a test class: for every
 * test in it, including those of its {@code @Nested} classes. {@link #container()} names a container in the test's
 * scope; it may be empty when exactly one container is in scope.
 *
 * <h2>Lifecycle</h2>
 * {@link Phase#AFTER_TEST} (the default) runs after the test body succeeded, while its containers are still there;
 * {@link Phase#BEFORE_TEST} runs after the {@code @BeforeEach} methods, right before the test body, as a
 * precondition. Checks of one phase run in declaration order, class-level checks first.
 *
 * <h2>Cleanup</h2>
 * The command's process is ended with the exec; nothing is left to clean up.
 *
 * <h2>Failures</h2>
 * <ul>
 * <li>fails the test with {@link org.opentest4j.AssertionFailedError} (carrying expected and actual) when the exit
 * code differs, stdout lacks {@link #stdoutContains()} or has no match of {@link #stdoutMatches()}, or stderr lacks
 * {@link #stderrContains()}; the message shows the container (name, image, short id), the command, what was
 * expected, and the actual exit code, stdout and stderr, and the container's last log lines are attached;</li>
 * <li>fails with {@link org.junit.jupiter.api.extension.ExtensionConfigurationException} when {@link #command()} is
 * empty, {@link #stdoutMatches()} is not a regular expression, or {@link #container()} names no container in scope
 * (or is empty with several in scope).</li>
 * </ul>
 *
 * @since 0.1.0
 * @see WithContainer
 * @see ContainerHandle#exec(String...)
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(ExecAsserts.class)
@ExtendWith(BerthExtension.class)
@API(status = API.Status.STABLE, since = "0.1.0")
public @interface ExecAssert {

    /**
     * The container's name; empty when exactly one container is in scope.
     *
     * @return the name
     */
    String container() default "";

    /**
     * The command (argv; no shell is involved).
     *
     * @return the command
     */
    String[] command();

    /**
     * The expected exit code.
     *
     * @return the exit code
     */
    int exitCode() default 0;

    /**
     * Text stdout must contain.
     *
     * @return the text, or empty for no check
     */
    String stdoutContains() default "";

    /**
     * A regular expression stdout must contain a match of ({@code find} semantics).
     *
     * @return the regex, or empty for no check
     */
    String stdoutMatches() default "";

    /**
     * Text stderr must contain.
     *
     * @return the text, or empty for no check
     */
    String stderrContains() default "";

    /**
     * When the check runs.
     *
     * @return the phase
     */
    Phase phase() default Phase.AFTER_TEST;

    /**
     * {@code Phase} says when an {@link ExecAssert} runs relative to the test body.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    enum Phase {
        /** Before the test body, after the {@code @BeforeEach} methods: a precondition. */
        BEFORE_TEST,
        /** After the test body succeeded, before the {@code @AfterEach} methods. */
        AFTER_TEST
    }
}
