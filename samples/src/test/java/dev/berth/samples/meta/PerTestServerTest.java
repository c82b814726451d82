package dev.berth.samples.meta;

import static dev.berth.assertions.BerthAssertions.assertThat;

import dev.berth.ContainerHandle;
import org.junit.jupiter.api.Test;

/** Sample 5: the same annotation on a method gives that test a fresh server of its own. */
class PerTestServerTest {

    @Test
    @HttpServer
    void startsEmpty(ContainerHandle http) {
        assertThat(http).file("/www/about.html").doesNotExist();
        http.putFile("/www/about.html", "only mine");
    }

    @Test
    @HttpServer
    void neverSeesTheOtherTestsFiles(ContainerHandle http) {
        assertThat(http).file("/www/about.html").doesNotExist();
    }
}
