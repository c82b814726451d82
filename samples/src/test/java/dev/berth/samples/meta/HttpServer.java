package dev.berth.samples.meta;

import dev.berth.WaitFor;
import dev.berth.WithContainer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sample 5: a team's own annotation. Every class or test that carries it gets a busybox HTTP server named
 * "http" serving /www on port 8080.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@WithContainer(name = "http", image = "busybox:stable",
        command = {"sh", "-c", "mkdir -p /www && exec httpd -f -p 8080 -h /www"},
        ports = 8080,
        waitFor = @WaitFor(port = 8080))
public @interface HttpServer {
}
