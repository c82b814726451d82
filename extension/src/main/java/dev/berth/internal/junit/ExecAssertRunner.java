package dev.berth.internal.junit;

import dev.berth.ExecAssert;
import dev.berth.ExecResult;
import dev.berth.ExecMessages;
import dev.berth.internal.container.ContainerDescription;
import dev.berth.internal.container.ManagedContainer;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/** Runs {@code @ExecAssert} checks of one phase for a test: class-level ones (outermost class first), then the method's. */
final class ExecAssertRunner {

    private ExecAssertRunner() {
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
            String label = "@ExecAssert(command = " + Arrays.toString(check.command()) + ") on " + where;
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
                "@ExecAssert(command = " + Arrays.toString(check.command()) + ") on " + where,
                name -> "container = \"" + name + "\"", ExtensionConfigurationException::new);
        ExecResult result = container.exec(check.command());
        AssertionFailedError failure = verify(check, container.description(), result);
        if (failure != null) {
            FailureReports.attach(context, failure);
            throw failure;
        }
    }

    /** @return the failure of the first expectation that does not hold, or {@code null} when all hold */
    static AssertionFailedError verify(ExecAssert check, ContainerDescription container, ExecResult result) {
        String subject = ExecMessages.execIn(List.of(check.command()), container.name(), container.image(), container.id());
        if (result.exitCode() != check.exitCode()) {
            return new AssertionFailedError(ExecMessages.shouldHaveExitCode(subject, result, check.exitCode()), check.exitCode(), result.exitCode());
        }
        if (!check.stdoutContains().isEmpty() && !result.stdout().contains(check.stdoutContains())) {
            return new AssertionFailedError(ExecMessages.shouldHaveStdoutContaining(subject, result, check.stdoutContains()),
                    check.stdoutContains(), result.stdout());
        }
        if (!check.stdoutMatches().isEmpty() && !Pattern.compile(check.stdoutMatches()).matcher(result.stdout()).find()) {
            return new AssertionFailedError(ExecMessages.shouldHaveStdoutMatching(subject, result, check.stdoutMatches()),
                    check.stdoutMatches(), result.stdout());
        }
        if (!check.stderrContains().isEmpty() && !result.stderr().contains(check.stderrContains())) {
            return new AssertionFailedError(ExecMessages.shouldHaveStderrContaining(subject, result, check.stderrContains()),
                    check.stderrContains(), result.stderr());
        }
        return null;
    }
}
