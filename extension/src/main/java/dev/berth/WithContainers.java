package dev.berth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @WithContainers} holds several {@link WithContainer @WithContainer} declarations; Java creates it when
 * {@code @WithContainer} is repeated, so there is rarely a reason to write it.
 *
 * <h2>Scope, Lifecycle and Cleanup</h2>
 * As for each contained {@link WithContainer}: the containers of one scope start in parallel (honouring
 * {@code dependsOn}) and are all removed when the scope ends.
 *
 * <h2>Failures</h2>
 * <ul>
 * <li>fails with {@link org.junit.jupiter.api.extension.ExtensionConfigurationException} when two declarations of
 * one scope have the same name, or for any reason listed on {@link WithContainer}.</li>
 * </ul>
 *
 * @since 0.1.0
 * @see WithContainer
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BerthExtension.class)
@API(status = API.Status.STABLE, since = "0.1.0")
public @interface WithContainers {

    /**
     * The declarations.
     *
     * @return the declarations
     */
    WithContainer[] value();
}
