package dev.berth.internal.junit;

import dev.berth.ExecAssert;
import dev.berth.ExecResult;
import dev.berth.internal.ExecAssertMessage;
import dev.berth.internal.container.ManagedContainer;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/** Runs {@code @ExecAssert} checks of one phase for a test: class-level ones (outermost class first), then the method's. */
final class ExecAssertions {

    private ExecAssertions() {
    }

    static void run(ExtensionContext context, ExecAssert.Phase phase) {
        for (ExecAssert check : checks(context)) {
            if (check.phase() == phase) {
                run(context, check);
            }
        }
    }

    /** Checks what can be checked without containers: for the class's up-front validation. */
    static void validate(AnnotatedElement element, String where, Problems problems) {
        for (ExecAssert check : AnnotationSupport.findRepeatableAnnotations(element, ExecAssert.class)) {
            String label = "@ExecAssert(command = " + java.util.Arrays.toString(check.command()) + ") on " + where;
            if (check.command().length == 0) {
                problems.add("@ExecAssert on " + where + " requires a command, e.g. command = {\"test\", \"-f\", \"/ready\"},"
                        + " but it was empty.");
            }
            if (!check.stdoutMatches().isEmpty()) {
                try {
                    Pattern.compile(check.stdoutMatches());
                } catch (PatternSyntaxException e) {
                    problems.add(label + " requires stdoutMatches to be a regular expression, but /" + check.stdoutMatches()
                            + "/ is not: " + e.getDescription() + " near index " + e.getIndex() + ".");
                }
            }
        }
    }

    private static List<ExecAssert> checks(ExtensionContext context) {
        List<Class<?>> classes = new ArrayList<>();
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestMethod().isEmpty() && c.getTestClass().isPresent()) {
                classes.add(0, c.getTestClass().get());
            }
        }
        List<ExecAssert> checks = new ArrayList<>();
        for (Class<?> c : classes) {
            checks.addAll(AnnotationSupport.findRepeatableAnnotations(c, ExecAssert.class));
        }
        Method method = context.getRequiredTestMethod();
        checks.addAll(AnnotationSupport.findRepeatableAnnotations(method, ExecAssert.class));
        return checks;
    }

    private static void run(ExtensionContext context, ExecAssert check) {
        String where = "[" + DeclarationReader.describe(context.getRequiredTestMethod()) + "]";
        Problems problems = new Problems();
        validate(context.getRequiredTestMethod(), where, problems);
        problems.throwIfAny();
        ManagedContainer container = ContainerLookup.find(context, check.container(),
                "@ExecAssert(command = " + java.util.Arrays.toString(check.command()) + ") on " + where,
                name -> "container = \"" + name + "\"", ExtensionConfigurationException::new);
        ExecResult result = container.exec(check.command());
        AssertionFailedError failure = verify(check, container.describe(), result);
        if (failure != null) {
            FailureReports.attach(context, failure);
            throw failure;
        }
    }

    /** @return the failure, or {@code null} when every expectation holds */
    static AssertionFailedError verify(ExecAssert check, String container, ExecResult result) {
        List<String> expectations = new ArrayList<>();
        expectations.add("to exit with code " + check.exitCode());
        String unmet = null;
        Object expected = null;
        Object actual = null;
        if (result.exitCode() != check.exitCode()) {
            unmet = "it exited with code " + result.exitCode();
            expected = check.exitCode();
            actual = result.exitCode();
        }
        if (!check.stdoutContains().isEmpty()) {
            expectations.add("stdout to contain " + ExecAssertMessage.quote(check.stdoutContains()));
            if (unmet == null && !result.stdout().contains(check.stdoutContains())) {
                unmet = "stdout did not contain " + ExecAssertMessage.quote(check.stdoutContains());
                expected = check.stdoutContains();
                actual = result.stdout();
            }
        }
        if (!check.stdoutMatches().isEmpty()) {
            expectations.add("stdout to contain a match of /" + check.stdoutMatches() + "/");
            if (unmet == null && !Pattern.compile(check.stdoutMatches()).matcher(result.stdout()).find()) {
                unmet = "stdout had no match of /" + check.stdoutMatches() + "/";
                expected = check.stdoutMatches();
                actual = result.stdout();
            }
        }
        if (!check.stderrContains().isEmpty()) {
            expectations.add("stderr to contain " + ExecAssertMessage.quote(check.stderrContains()));
            if (unmet == null && !result.stderr().contains(check.stderrContains())) {
                unmet = "stderr did not contain " + ExecAssertMessage.quote(check.stderrContains());
                expected = check.stderrContains();
                actual = result.stderr();
            }
        }
        if (unmet == null) {
            return null;
        }
        String message = ExecAssertMessage.render(container, List.of(check.command()), expectations, unmet, result);
        return new AssertionFailedError(message, expected, actual);
    }
}
