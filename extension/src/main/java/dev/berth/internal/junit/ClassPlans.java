package dev.berth.internal.junit;

import dev.berth.ExecAssert;
import dev.berth.WithContainer;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Every declaration of a test class, read and validated once when the class starts: the class scope, and the
 * scope of each test method (method annotations and instance fields), so that a mistake anywhere in the class
 * fails it before any container starts.
 */
final class ClassPlans {

    private static final String KEY = "plans";

    private final ScopePlan classPlan;
    private final List<Class<?>> instanceClasses;
    private final List<String> outerNames;
    private final Map<Method, ScopePlan> methodPlans = new ConcurrentHashMap<>();

    private ClassPlans(ScopePlan classPlan, List<Class<?>> instanceClasses, List<String> outerNames) {
        this.classPlan = classPlan;
        this.instanceClasses = instanceClasses;
        this.outerNames = outerNames;
    }

    /** @return the plans of the class of the given class context, read and validated on first use */
    static ClassPlans of(ExtensionContext classContext) {
        return Stores.scope(classContext).getOrComputeIfAbsent(KEY, k -> read(classContext), ClassPlans.class);
    }

    private static ClassPlans read(ExtensionContext classContext) {
        Class<?> testClass = classContext.getRequiredTestClass();
        List<String> outerNames = classContext.getParent().map(p -> List.copyOf(Scopes.visible(p).keySet())).orElse(List.of());
        Problems problems = new Problems();
        ScopePlan classPlan = DeclarationReader.classScope(testClass, outerNames, problems);
        List<String> visible = new ArrayList<>(classPlan.names());
        outerNames.stream().filter(n -> !visible.contains(n)).forEach(visible::add);
        ClassPlans plans = new ClassPlans(classPlan, DeclarationReader.instanceClasses(testClass), List.copyOf(visible));
        ExecAssertRunner.validate(testClass, "[" + DeclarationReader.describe(testClass) + "]", problems);
        List<Method> methods = ReflectionSupport.findMethods(testClass,
                m -> AnnotationSupport.isAnnotated(m, WithContainer.class) || AnnotationSupport.isAnnotated(m, ExecAssert.class),
                HierarchyTraversalMode.TOP_DOWN);
        for (Method method : methods) {
            plans.methodPlans.put(method, DeclarationReader.methodScope(method, plans.instanceClasses, plans.outerNames, problems));
            ExecAssertRunner.validate(method, "[" + DeclarationReader.describe(method) + "]", problems);
        }
        if (methods.isEmpty()) {
            DeclarationReader.methodScope(null, plans.instanceClasses, plans.outerNames, problems);
        }
        problems.throwIfAny();
        return plans;
    }

    ScopePlan classPlan() {
        return classPlan;
    }

    /** @return the plan of one test method's invocations */
    ScopePlan methodPlan(Method method) {
        return methodPlans.computeIfAbsent(method, m -> {
            Problems problems = new Problems();
            ScopePlan plan = DeclarationReader.methodScope(m, instanceClasses, outerNames, problems);
            problems.throwIfAny();
            return plan;
        });
    }
}
