package dev.berth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test, or a whole test class, that asserts what only Docker does (its exact error texts, legacy links, websocket
 * attach, ...) or needs a peer only set up for Docker, so the Podman run ({@code mvn -B test -pl extension -Ppodman})
 * leaves it out through the JUnit tag {@value #TAG}. The default run is unaffected.
 *
 * <p>This annotation, not a list in {@code extension/pom.xml} or {@code docs/peers.md}, says which tests the Podman
 * run skips: a renamed or moved test keeps it. {@code docs/peers.md} shows how to list them all with grep.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag(DockerOnly.TAG)
public @interface DockerOnly {

    String TAG = "docker-only";

    /** What Podman does instead, or why the test needs Docker, in a few words. */
    String value();
}
