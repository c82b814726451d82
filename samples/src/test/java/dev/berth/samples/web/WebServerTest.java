package dev.berth.samples.web;

import static dev.berth.assertions.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.WaitFor;
import dev.berth.WithContainer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Sample 1: a web server fixture. Files are put into the container, served by busybox httpd, and fetched from
 * the JVM through the published port; the container counts as ready once HTTP answers.
 */
@WithContainer(name = "web", image = "busybox:stable",
        command = {"sh", "-c", "mkdir -p /www && echo ready > /www/health && exec httpd -f -p 8080 -h /www"},
        ports = 8080,
        waitFor = @WaitFor(http = "/health", timeout = "30s"))
class WebServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(ContainerHandle web, String path) throws Exception {
        URI uri = URI.create("http://" + web.host() + ":" + web.mappedPort(8080) + path);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesAFilePutIntoTheContainer(ContainerHandle web) throws Exception {
        web.putFile("/www/index.html", "<h1>hello</h1>");

        HttpResponse<String> response = get(web, "/index.html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("<h1>hello</h1>");
    }

    @Test
    void createsParentDirectories(ContainerHandle web) throws Exception {
        web.putFile("/www/docs/v1/guide.txt", "read me");

        assertThat(get(web, "/docs/v1/guide.txt").body()).isEqualTo("read me");
        assertThat(web).file("/www/docs/v1").isDirectory();
    }

    @Test
    void answers404ForMissingFiles(ContainerHandle web) throws Exception {
        assertThat(get(web, "/missing.html").statusCode()).isEqualTo(404);
    }
}
