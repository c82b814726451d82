package dev.berth.docker.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@NoEngine
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WebSocketTest {

    private static final byte[] RFC_MASK = {0x37, (byte) 0xfa, 0x21, 0x3d};

    @Test
    void theAcceptValueIsTheRfcExample() {
        assertThat(WebSocket.acceptFor("dGhlIHNhbXBsZSBub25jZQ==")).isEqualTo("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    }

    @Test
    void aMaskedFrameIsTheRfcExample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WebSocket.writeFrame(out, WebSocket.OP_TEXT, "Hello".getBytes(StandardCharsets.US_ASCII), 0, 5, RFC_MASK);
        assertThat(out.toByteArray()).containsExactly(0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58);
    }

    @Test
    void anUnmaskedServerFrameIsRead() throws IOException {
        WebSocket.Frame frame = WebSocket.readFrame(new ByteArrayInputStream(new byte[] {(byte) 0x81, 0x05, 'H', 'e', 'l', 'l', 'o'}));
        assertThat(frame.fin()).isTrue();
        assertThat(frame.opcode()).isEqualTo(WebSocket.OP_TEXT);
        assertThat(new String(frame.payload(), StandardCharsets.US_ASCII)).isEqualTo("Hello");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 125, 126, 65535, 65536, 200_000})
    void everyLengthEncodingRoundTrips(int length) throws IOException {
        byte[] payload = new byte[length];
        for (int i = 0; i < length; i++) {
            payload[i] = (byte) (i * 31);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WebSocket.writeFrame(out, WebSocket.OP_BINARY, payload, 0, length, RFC_MASK);
        byte[] wire = out.toByteArray();
        int header = length <= 125 ? 2 : length <= 65535 ? 4 : 10;
        assertThat(wire).hasSize(header + 4 + length);
        WebSocket.Frame frame = WebSocket.readFrame(Bytes.oneByteAtATime(wire));
        assertThat(frame.opcode()).isEqualTo(WebSocket.OP_BINARY);
        assertThat(frame.payload()).isEqualTo(payload);
    }

    @Test
    void aFrameCutShortIsAnEofError() {
        assertThatThrownBy(() -> WebSocket.readFrame(new ByteArrayInputStream(new byte[] {(byte) 0x82, 0x05, 'a'})))
                .isInstanceOf(java.io.EOFException.class)
                .hasMessage("connection closed inside a websocket frame with 4 of 5 bytes missing");
    }

    @Test
    void reservedBitsAreRefused() {
        assertThatThrownBy(() -> WebSocket.readFrame(new ByteArrayInputStream(new byte[] {(byte) 0xC1, 0x00})))
                .isInstanceOf(IOException.class)
                .hasMessage("websocket frame with reserved bits set (no extension was negotiated)");
    }

    @Test
    void aSessionWithFragmentsPingAndClose() throws Exception {
        // GIVEN a peer that completes the handshake, reads one frame, sends data split over frames with a ping in
        // between, expects the pong, then closes
        List<String> seen = new CopyOnWriteArrayList<>();
        try (LocalPeer peer = new LocalPeer(socket -> {
            InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            String key = LocalPeer.readHead(in).stream().filter(h -> h.startsWith("Sec-WebSocket-Key: ")).findFirst()
                    .orElseThrow().substring("Sec-WebSocket-Key: ".length());
            LocalPeer.write(socket, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + WebSocket.acceptFor(key) + "\r\n\r\n");
            WebSocket.Frame stdin = WebSocket.readFrame(in);
            seen.add("stdin " + stdin.opcode() + " " + new String(stdin.payload(), StandardCharsets.UTF_8));
            out.write(new byte[] {0x01, 0x03, 'h', 'e', 'l'});
            out.write(new byte[] {(byte) 0x89, 0x01, 'p'});
            out.write(new byte[] {(byte) 0x80, 0x02, 'l', 'o'});
            out.flush();
            WebSocket.Frame pong = WebSocket.readFrame(in);
            seen.add("pong " + pong.opcode() + " " + new String(pong.payload(), StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0x88, 0x02, 0x03, (byte) 0xe8});
            out.flush();
            WebSocket.Frame close = WebSocket.readFrame(in);
            seen.add("close " + close.opcode());
        }); Http1Client client = peer.client()) {
            // WHEN the client writes, then reads to the end
            try (WebSocket ws = WebSocket.connect(client, HttpRequest.of("GET", "/containers/x/attach/ws"), r -> {
                throw new AssertionError("unexpected error response " + r.status());
            })) {
                ws.output().write("stdin!".getBytes(StandardCharsets.UTF_8));
                String received = new String(ws.input().readAllBytes(), StandardCharsets.UTF_8);
                // THEN the data frames form one stream, the ping was answered, and the close was returned
                assertThat(received).isEqualTo("hello");
            }
            assertThat(peer.failures()).isEmpty();
            assertThat(seen).containsExactly("stdin 2 stdin!", "pong 10 p", "close 8");
        }
    }

    @Test
    void aWrongAcceptValueFailsTheHandshake() throws Exception {
        try (LocalPeer peer = new LocalPeer(socket -> {
            LocalPeer.readHead(new java.io.BufferedInputStream(socket.getInputStream()));
            LocalPeer.write(socket, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: wrong\r\n\r\n");
        }); Http1Client client = peer.client()) {
            assertThatThrownBy(() -> WebSocket.connect(client, HttpRequest.of("GET", "/ws"), r -> {
                throw new AssertionError("unexpected error response " + r.status());
            })).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("the engine did not accept the websocket handshake: HTTP 101, Sec-WebSocket-Accept [wrong], expected [");
        }
    }
}
