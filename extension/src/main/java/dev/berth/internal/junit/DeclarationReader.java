package dev.berth.internal.junit;

import dev.berth.WithContainer;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Finds the {@code @WithContainer} declarations of a scope (directly, through {@code @WithContainers}, or through a
 * user's meta-annotation) and turns each into a {@link Declaration}.
 */
final class DeclarationReader {

    private DeclarationReader() {
    }

    /** The class scope: annotations on the class (and its superclasses) and its static fields. */
    static ScopePlan classScope(Class<?> testClass, List<String> outerNames, Problems problems) {
        String where = "[" + describe(testClass) + "]";
        List<Declaration> declarations = new ArrayList<>();
        for (WithContainer a : declared(testClass)) {
            add(declarations, SpecFactory.declare(a, where, null, problems));
        }
        for (Field field : annotatedFields(testClass, f -> Modifier.isStatic(f.getModifiers()))) {
            fieldDeclaration(field, declarations, problems);
        }
        PlanValidator.validate(new ScopePlan(where, declarations), outerNames, problems);
        return new ScopePlan(where, List.copyOf(declarations));
    }

    /**
     * The scope of one test invocation: annotations on the method and instance fields of the test instances.
     *
     * @param method the test method, or {@code null} to read the instance fields alone
     * @param outerNames the names visible from enclosing scopes, which {@code dependsOn} may name
     */
    static ScopePlan methodScope(Method method, List<Class<?>> instanceClasses, List<String> outerNames, Problems problems) {
        Class<?> testClass = instanceClasses.get(instanceClasses.size() - 1);
        String where = "[" + (method == null ? "each test of " + describe(testClass) : describe(method)) + "]";
        List<Declaration> declarations = new ArrayList<>();
        if (method != null) {
            for (WithContainer a : declared(method)) {
                add(declarations, SpecFactory.declare(a, where, null, problems));
            }
        }
        for (Class<?> instanceClass : instanceClasses) {
            for (Field field : annotatedFields(instanceClass, f -> !Modifier.isStatic(f.getModifiers()))) {
                fieldDeclaration(field, declarations, problems);
            }
        }
        PlanValidator.validate(new ScopePlan(where, declarations), outerNames, problems);
        return new ScopePlan(where, List.copyOf(declarations));
    }

    /** The classes whose instances a test of {@code testClass} has: its enclosing instances, outermost first. */
    static List<Class<?>> instanceClasses(Class<?> testClass) {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            classes.add(0, c);
            if (Modifier.isStatic(c.getModifiers()) || c.getEnclosingClass() == null) {
                break;
            }
        }
        return classes;
    }

    private static void fieldDeclaration(Field field, List<Declaration> declarations, Problems problems) {
        String where = "[" + describe(field.getDeclaringClass()) + "." + field.getName() + "]";
        List<WithContainer> found = declared(field);
        if (found.size() > 1) {
            problems.add("@WithContainer on " + where + " requires one container per field, but the field carries "
                    + found.size() + ": declare the others on the class or on fields of their own.");
            return;
        }
        add(declarations, SpecFactory.declare(found.get(0), where, field, problems));
    }

    /**
     * The declarations on an element, found as JUnit finds repeatable annotations (directly, through the container,
     * through meta-annotations, inherited), plus the copies JUnit drops when one annotation is repeated with
     * identical attributes, so that such a duplicate is reported rather than silently merged.
     */
    static List<WithContainer> declared(AnnotatedElement element) {
        List<WithContainer> found = new ArrayList<>(AnnotationSupport.findRepeatableAnnotations(element, WithContainer.class));
        List<WithContainer> direct = Arrays.asList(element.getAnnotationsByType(WithContainer.class));
        for (WithContainer a : new LinkedHashSet<>(direct)) {
            long extra = direct.stream().filter(a::equals).count() - found.stream().filter(a::equals).count();
            for (long i = 0; i < extra; i++) {
                found.add(found.indexOf(a) + 1, a);
            }
        }
        return found;
    }

    private static List<Field> annotatedFields(Class<?> testClass, Predicate<Field> kind) {
        return ReflectionSupport.findFields(testClass,
                f -> kind.test(f) && AnnotationSupport.isAnnotated(f, WithContainer.class), HierarchyTraversalMode.TOP_DOWN);
    }

    private static void add(List<Declaration> declarations, Declaration declaration) {
        if (declaration != null) {
            declarations.add(declaration);
        }
    }

    /** {@code dev.x.FooTest$Inner} reads {@code FooTest.Inner}. */
    static String describe(Class<?> c) {
        String name = c.getName();
        int dot = name.lastIndexOf('.');
        return name.substring(dot + 1).replace('$', '.');
    }

    static String describe(Method m) {
        return describe(m.getDeclaringClass()) + "#" + m.getName() + "("
                + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
    }
}
