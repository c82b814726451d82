package dev.berth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * {@code @Named} picks which container a {@link ContainerHandle} parameter receives, by the container's
 * {@link WithContainer#name() name}.
 *
 * <pre>{@code
 * @Test
 * void talks(@Named("web") ContainerHandle web, @Named("db") ContainerHandle db) { ... }
 * }</pre>
 *
 * <p>Unqualified parameters work when exactly one container is in scope.
 *
 * <p><strong>Import {@code dev.berth.Named}.</strong> JUnit has an {@code org.junit.jupiter.api.Named} too (an
 * interface that names arguments of parameterized tests), and IDEs may offer it first on auto-import; with that
 * import, {@code @Named("web")} does not compile ("Named is not an annotation type"). In a class that also uses
 * JUnit's {@code Named.of(..)}, write one of the two fully qualified, e.g. {@code @dev.berth.Named("web")}.
 *
 * <h2>Scope</h2>
 * The name is looked up from the innermost scope outwards: the test invocation's containers, then its class's,
 * then the enclosing classes' (for {@code @Nested} tests), then shared ones declared by those classes.
 *
 * <h2>Lifecycle and Cleanup</h2>
 * The handle is valid until its container's scope ends; the extension removes the container then.
 *
 * <h2>Failures</h2>
 * <ul>
 * <li>fails with {@link org.junit.jupiter.api.extension.ParameterResolutionException} when no container in scope
 * has the name, or when an unqualified parameter has several candidates; the message lists the names in
 * scope.</li>
 * </ul>
 *
 * @since 0.1.0
 * @see WithContainer#name()
 */
@Target({ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = API.Status.STABLE, since = "0.1.0")
public @interface Named {

    /**
     * The container's name.
     *
     * @return the name
     */
    String value();
}
