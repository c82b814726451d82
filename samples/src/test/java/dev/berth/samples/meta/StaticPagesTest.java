package dev.berth.samples.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Sample 5: one class using the team's {@link HttpServer}. */
@HttpServer
class StaticPagesTest {

    @Test
    void servesPages(ContainerHandle http) throws Exception {
        http.putFile("/www/about.html", "about us");
        URI uri = URI.create("http://" + http.host() + ":" + http.mappedPort(8080) + "/about.html");
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(body).isEqualTo("about us");
    }
}
