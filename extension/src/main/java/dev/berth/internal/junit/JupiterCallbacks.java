package dev.berth.internal.junit;

import dev.berth.ContainerHandle;
import dev.berth.ExecAssert;
import dev.berth.Named;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * What Berth does at each Jupiter callback; {@code dev.berth.BerthExtension} dispatches here. Stateless: all state
 * lives in the contexts' stores, so one instance serves every class and thread.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class JupiterCallbacks {

    /** Starts the class's containers (and injects static fields), after validating every declaration of the class. */
    public void beforeAll(ExtensionContext context) {
        startClassScope(context);
    }

    /** Starts the containers of one test invocation (method annotations, instance fields) and injects the fields. */
    public void beforeEach(ExtensionContext context) {
        ExtensionContext classContext = Scopes.classContext(context);
        ScopePlan plan = ClassPlans.of(classContext).methodPlan(context.getRequiredTestMethod());
        if (plan.isEmpty()) {
            return;
        }
        List<Object> instances = context.getRequiredTestInstances().getAllInstances();
        ScopeResources resources = Scopes.resources(context, plan.where());
        resources.startOnce(() -> {
            ScopeStarter.start(context, plan, resources);
            inject(plan, resources, instances);
        });
    }

    public void beforeTestExecution(ExtensionContext context) {
        ExecAssertRunner.run(context, ExecAssert.Phase.BEFORE_TEST);
    }

    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            ExecAssertRunner.run(context, ExecAssert.Phase.AFTER_TEST);
        }
    }

    /** Only the type counts, so that Berth never competes with other resolvers over parameters it does not own. */
    public boolean supportsParameter(ParameterContext parameter) {
        return parameter.getParameter().getType() == ContainerHandle.class;
    }

    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty() && context.getTestClass().isPresent()) {
            // a constructor under PER_CLASS runs before @BeforeAll callbacks: start the class's containers now
            startClassScope(context);
        }
        String name = parameter.findAnnotation(Named.class).map(Named::value).orElse("");
        String who = "Parameter [" + parameter.getParameter().getType().getSimpleName() + " "
                + parameter.getParameter().getName() + "] of [" + describe(parameter) + "]";
        return ContainerLookup.find(context, name, who, n -> "@Named(\"" + n + "\")", ParameterResolutionException::new);
    }

    /** Attaches the containers' last log lines to a failure of a test or lifecycle method, then rethrows it. */
    public void handleFailure(ExtensionContext context, Throwable failure) throws Throwable {
        try {
            FailureReports.attach(context, failure);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        throw failure;
    }

    private static void startClassScope(ExtensionContext context) {
        ClassPlans plans = ClassPlans.of(context);
        ScopePlan plan = plans.classPlan();
        if (plan.isEmpty()) {
            return;
        }
        ScopeResources resources = Scopes.resources(context, plan.where());
        resources.startOnce(() -> {
            ScopeStarter.start(context, plan, resources);
            inject(plan, resources, List.of());
        });
    }

    private static void inject(ScopePlan plan, ScopeResources resources, List<Object> instances) {
        for (Declaration d : plan.declarations()) {
            Field field = d.field();
            if (field == null) {
                continue;
            }
            Object target = null;
            if (!Modifier.isStatic(field.getModifiers())) {
                target = instances.stream().filter(i -> field.getDeclaringClass().isInstance(i)).findFirst()
                        .orElseThrow(() -> new ExtensionConfigurationException(d.label() + " requires a test instance of "
                                + field.getDeclaringClass().getName() + " to inject into, but there is none."));
            }
            try {
                field.setAccessible(true);
                field.set(target, resources.find(d.name()).orElseThrow().container());
            } catch (IllegalAccessException | RuntimeException e) {
                throw new ExtensionConfigurationException(d.label() + " requires a field Berth can set, but setting ["
                        + field.getName() + "] failed: " + e, e);
            }
        }
    }

    private static String describe(ParameterContext parameter) {
        var executable = parameter.getDeclaringExecutable();
        if (executable instanceof Method method) {
            return DeclarationReader.describe(method);
        }
        return DeclarationReader.describe(executable.getDeclaringClass()) + " constructor";
    }
}
