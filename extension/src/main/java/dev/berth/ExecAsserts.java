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
 * {@code @ExecAsserts} holds several {@link ExecAssert @ExecAssert} checks; Java creates it when
 * {@code @ExecAssert} is repeated.
 *
 * <h2>Scope, Lifecycle and Cleanup</h2>
 * As for each contained {@link ExecAssert}: the checks run in declaration order.
 *
 * <h2>Failures</h2>
 * <ul>
 * <li>fails with {@link org.opentest4j.AssertionFailedError} at the first check that does not hold.</li>
 * </ul>
 *
 * @since 0.1.0
 * @see ExecAssert
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BerthExtension.class)
@API(status = API.Status.STABLE, since = "0.1.0")
public @interface ExecAsserts {

    /**
     * The checks.
     *
     * @return the checks
     */
    ExecAssert[] value();
}
