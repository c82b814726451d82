package dev.berth.docker.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@NoEngine
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Http1ClientTest {

    @Test
    void keepAliveConnectionsAreReused() throws Exception {
        // GIVEN a peer that answers every request on a connection until it closes
        try (LocalPeer peer = new LocalPeer(socket -> {
            InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            while (!LocalPeer.readHead(in).isEmpty()) {
                LocalPeer.write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            }
        }); Http1Client client = peer.client()) {
            // WHEN three requests are sent and read
            for (int i = 0; i < 3; i++) {
                try (HttpResponse r = client.execute(HttpRequest.of("GET", "/_ping"))) {
                    assertThat(r.text()).isEqualTo("ok");
                }
            }
            // THEN one connection served them all
            assertThat(peer.accepted()).isEqualTo(1);
            assertThat(client.pool().openedCount()).isEqualTo(1);
            assertThat(client.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void aStaleIdleConnectionIsReplacedAndTheRequestSentAgain() throws Exception {
        // GIVEN a peer that closes each connection after one answer
        try (LocalPeer peer = new LocalPeer(socket -> {
            LocalPeer.readHead(new java.io.BufferedInputStream(socket.getInputStream()));
            LocalPeer.write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        }); Http1Client client = peer.client()) {
            try (HttpResponse r = client.execute(HttpRequest.of("GET", "/a"))) {
                assertThat(r.text()).isEqualTo("ok");
            }
            // WHEN a second request goes out on the pooled connection the peer closed
            try (HttpResponse r = client.execute(HttpRequest.of("GET", "/b"))) {
                // THEN it is answered over a new connection
                assertThat(r.text()).isEqualTo("ok");
            }
            assertThat(peer.accepted()).isEqualTo(2);
            assertThat(peer.failures()).isEmpty();
        }
    }

    @Test
    void aChunkedBodyIsHandedOutAsItArrives() throws Exception {
        // GIVEN a peer that sends its second chunk only after the client has read the first
        CountDownLatch firstRead = new CountDownLatch(1);
        try (LocalPeer peer = new LocalPeer(socket -> {
            LocalPeer.readHead(new java.io.BufferedInputStream(socket.getInputStream()));
            LocalPeer.write(socket, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nfirst\n\r\n");
            if (!firstRead.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the client never read the first chunk");
            }
            LocalPeer.write(socket, "7\r\nsecond\n\r\n0\r\n\r\n");
        }); Http1Client client = peer.client(); HttpResponse r = client.execute(HttpRequest.of("GET", "/events"))) {
            // WHEN the client reads
            byte[] buffer = new byte[64];
            int n = r.body().read(buffer);
            // THEN the first chunk comes alone, then the rest
            assertThat(new String(buffer, 0, n, StandardCharsets.UTF_8)).isEqualTo("first\n");
            firstRead.countDown();
            assertThat(r.text()).isEqualTo("second\n");
            assertThat(peer.failures()).isEmpty();
        }
    }

    @Test
    void hijackOnUpgradedGivesARawStreamWithHalfClose() throws Exception {
        // GIVEN a peer that upgrades, reads stdin to its end, then answers it upper-cased and closes
        List<String> requestHead = new CopyOnWriteArrayList<>();
        try (LocalPeer peer = new LocalPeer(socket -> {
            InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            requestHead.addAll(LocalPeer.readHead(in));
            LocalPeer.write(socket, "HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n"
                    + "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n");
            String stdin = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            LocalPeer.write(socket, stdin.toUpperCase());
        }); Http1Client client = peer.client()) {
            // WHEN the client hijacks, writes and half-closes
            try (HijackedStream stream = client.hijack(HttpRequest.of("POST", "/exec/x/start"), r -> {
                throw new AssertionError("unexpected error response " + r.status());
            })) {
                assertThat(stream.status()).isEqualTo(101);
                assertThat(stream.contentType()).isEqualTo("application/vnd.docker.multiplexed-stream");
                OutputStream out = stream.output();
                out.write("hello, engine".getBytes(StandardCharsets.UTF_8));
                stream.closeOutput();
                // THEN the peer saw the end of stdin and the answer still arrives
                assertThat(new String(stream.input().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("HELLO, ENGINE");
            }
            assertThat(requestHead).contains("Connection: Upgrade", "Upgrade: tcp");
            assertThat(peer.failures()).isEmpty();
        }
    }

    @Test
    void hijackAcceptsThePlain200RawStream() throws Exception {
        try (LocalPeer peer = new LocalPeer(socket -> {
            LocalPeer.readHead(new java.io.BufferedInputStream(socket.getInputStream()));
            LocalPeer.write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\nraw output");
        }); Http1Client client = peer.client(); HijackedStream stream = client.hijack(HttpRequest.of("POST", "/attach"), r -> {
            throw new AssertionError("unexpected error response " + r.status());
        })) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(new String(stream.input().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("raw output");
        }
    }

    @Test
    void hijackHandsAnErrorResponseToTheErrorHandler() throws Exception {
        try (LocalPeer peer = new LocalPeer(socket -> {
            LocalPeer.readHead(new java.io.BufferedInputStream(socket.getInputStream()));
            LocalPeer.write(socket, "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n"
                    + "{\"message\":\"No such exec instance: x\"}\n\n");
        }); Http1Client client = peer.client()) {
            assertThatThrownBy(() -> client.hijack(HttpRequest.of("POST", "/exec/x/start"), r -> {
                throw new IOException(r.status() + " " + r.text().trim());
            })).isInstanceOf(IOException.class).hasMessage("404 {\"message\":\"No such exec instance: x\"}");
        }
    }
}
