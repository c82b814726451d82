package dev.berth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that talks to no engine (parsers, codecs, message wording on recorded answers, argument checks), so a
 * contributor without Docker runs all of them, and only them, with {@code mvn -B test -pl extension,assertions -am
 * -Pno-engine}: that profile selects the JUnit tag {@value #TAG} and points {@code DOCKER_HOST} at a socket that does
 * not exist, so a marked class that needs an engine after all fails there. The default run and the Podman run are
 * unaffected: they run these classes too.
 *
 * <p>Every engine-free test class carries it. A class that starts a container, runs {@code BerthTestKit}, or opens a
 * connection to an engine (even to list what a test left behind) does not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(NoEngine.TAG)
public @interface NoEngine {

    String TAG = "no-engine";
}
