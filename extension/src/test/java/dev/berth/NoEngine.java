package dev.berth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that talks to no engine (parsers, codecs, message wording on recorded answers), so a second run
 * against Podman would prove nothing new: the Podman run ({@code mvn -B test -pl extension -Ppodman}) leaves it out
 * through the JUnit tag {@value #TAG}. The default run is unaffected.
 *
 * <p>Engine-free tests in {@code dev.berth} and {@code dev.berth.internal} that do not carry it still run in both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(NoEngine.TAG)
public @interface NoEngine {

    String TAG = "no-engine";
}
