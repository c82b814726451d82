package dev.berth;

import dev.berth.internal.junit.JupiterCallbacks;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Berth's Jupiter extension, registered by {@link WithContainer} and {@link ExecAssert} through
 * {@code @ExtendWith}. It only dispatches to {@link JupiterCallbacks}; it has no state, so the one instance JUnit makes
 * per registry chain serves every class and thread.
 */
final class BerthExtension implements BeforeAllCallback, BeforeEachCallback, BeforeTestExecutionCallback,
        AfterTestExecutionCallback, ParameterResolver, TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final JupiterCallbacks CALLBACKS = new JupiterCallbacks();

    BerthExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        CALLBACKS.beforeAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CALLBACKS.beforeEach(context);
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        CALLBACKS.beforeTestExecution(context);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        CALLBACKS.afterTestExecution(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return CALLBACKS.supportsParameter(parameterContext);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return CALLBACKS.resolveParameter(parameterContext, extensionContext);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        CALLBACKS.handleFailure(context, throwable);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        CALLBACKS.handleFailure(context, throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        CALLBACKS.handleFailure(context, throwable);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        CALLBACKS.handleFailure(context, throwable);
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        CALLBACKS.handleFailure(context, throwable);
    }
}
