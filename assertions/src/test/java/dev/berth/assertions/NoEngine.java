package dev.berth.assertions;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class of the assertions that talks to no engine (results built directly, a stub handle), the same marker as
 * the extension's {@code dev.berth.NoEngine}, whose test classes this module cannot see: the profile
 * {@code -Pno-engine} runs only the classes with the JUnit tag {@value #TAG}, against a {@code DOCKER_HOST} socket
 * that does not exist. The default run is unaffected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(NoEngine.TAG)
public @interface NoEngine {

    String TAG = "no-engine";
}
