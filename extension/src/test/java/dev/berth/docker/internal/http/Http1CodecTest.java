package dev.berth.docker.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@NoEngine
class Http1CodecTest {

    @Nested
    class ReadHead {

        @Test
        void parsesStatusReasonAndHeadersCaseInsensitively() throws IOException {
            Http1Codec.ResponseHead head = Http1Codec.readHead(Bytes.of(
                    "HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nconnection: Upgrade\r\n"
                            + "Upgrade:tcp\r\n\r\nraw"));
            assertThat(head.status()).isEqualTo(101);
            assertThat(head.reason()).isEqualTo("UPGRADED");
            assertThat(head.header("CONTENT-TYPE")).isEqualTo("application/vnd.docker.raw-stream");
            assertThat(head.header("Connection")).isEqualTo("Upgrade");
            assertThat(head.header("upgrade")).isEqualTo("tcp");
        }

        @Test
        void mergesRepeatedHeadersAndAcceptsBareLf() throws IOException {
            Http1Codec.ResponseHead head = Http1Codec.readHead(Bytes.of("HTTP/1.0 200\nWarning: a\nWarning: b\n\n"));
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.reason()).isEmpty();
            assertThat(head.header("Warning")).isEqualTo("a, b");
        }

        @Test
        void readsAHeadArrivingOneByteAtATimeAndStopsAtItsEnd() throws IOException {
            java.io.InputStream in = Bytes.oneByteAtATime("HTTP/1.1 204 No Content\r\nApi-Version: 1.41\r\n\r\nBODY");
            Http1Codec.ResponseHead head = Http1Codec.readHead(in);
            assertThat(head.header("Api-Version")).isEqualTo("1.41");
            assertThat(Bytes.text(in.readAllBytes())).isEqualTo("BODY");
        }

        @Test
        void aClosedConnectionBeforeTheStatusLineIsAnEofError() {
            assertThatThrownBy(() -> Http1Codec.readHead(Bytes.of("")))
                    .isInstanceOf(EOFException.class).hasMessage("the engine closed the connection before answering");
        }

        @Test
        void aClosedConnectionInsideTheHeadersIsAnEofError() {
            assertThatThrownBy(() -> Http1Codec.readHead(Bytes.of("HTTP/1.1 200 OK\r\nA: b\r\n")))
                    .isInstanceOf(EOFException.class).hasMessage("the engine closed the connection inside the response headers");
        }

        @Test
        void aMalformedStatusLineIsAnError() {
            assertThatThrownBy(() -> Http1Codec.readHead(Bytes.of("SSH-2.0-OpenSSH\r\n\r\n")))
                    .isInstanceOf(IOException.class).hasMessage("malformed HTTP status line [SSH-2.0-OpenSSH]");
            assertThatThrownBy(() -> Http1Codec.readHead(Bytes.of("HTTP/1.1 abc OK\r\n\r\n")))
                    .isInstanceOf(IOException.class).hasMessage("malformed HTTP status line [HTTP/1.1 abc OK]");
        }
    }

    @Nested
    class Framing {

        private Http1Codec.ResponseHead head(int status, Map<String, String> headers) {
            java.util.TreeMap<String, String> map = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            map.putAll(headers);
            return new Http1Codec.ResponseHead(status, "", map);
        }

        @Test
        void followsRfc9112() {
            assertThat(Http1Codec.framingOf("HEAD", head(200, Map.of("Content-Length", "10")))).isEqualTo(Http1Codec.Framing.NONE);
            assertThat(Http1Codec.framingOf("GET", head(204, Map.of()))).isEqualTo(Http1Codec.Framing.NONE);
            assertThat(Http1Codec.framingOf("GET", head(304, Map.of()))).isEqualTo(Http1Codec.Framing.NONE);
            assertThat(Http1Codec.framingOf("POST", head(101, Map.of()))).isEqualTo(Http1Codec.Framing.NONE);
            assertThat(Http1Codec.framingOf("GET", head(200, Map.of("Transfer-Encoding", "Chunked", "Content-Length", "3"))))
                    .isEqualTo(Http1Codec.Framing.CHUNKED);
            assertThat(Http1Codec.framingOf("GET", head(200, Map.of("Content-Length", "3")))).isEqualTo(Http1Codec.Framing.CONTENT_LENGTH);
            assertThat(Http1Codec.framingOf("GET", head(200, Map.of("Content-Length", "0")))).isEqualTo(Http1Codec.Framing.NONE);
            assertThat(Http1Codec.framingOf("POST", head(200, Map.of()))).isEqualTo(Http1Codec.Framing.UNTIL_CLOSE);
        }
    }

    @Nested
    class WriteHead {

        private String written(HttpRequest request) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Http1Codec.writeHead(out, request, "docker");
            return Bytes.text(out.toByteArray());
        }

        @Test
        void aBodyOfKnownLengthGetsContentLength() throws IOException {
            HttpRequest request = HttpRequest.of("POST", "/v1.41/containers/create?name=x").withBody(RequestBody.json("{}".getBytes()));
            assertThat(written(request)).isEqualTo("POST /v1.41/containers/create?name=x HTTP/1.1\r\nHost: docker\r\n"
                    + "User-Agent: berth\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n");
        }

        @Test
        void aStreamedBodyIsChunked() throws IOException {
            HttpRequest request = HttpRequest.of("PUT", "/x").withHeader("X-Registry-Auth", "e30=")
                    .withBody(RequestBody.stream(new ByteArrayInputStream(new byte[0]), "application/x-tar"));
            assertThat(written(request)).isEqualTo("PUT /x HTTP/1.1\r\nHost: docker\r\nUser-Agent: berth\r\nX-Registry-Auth: e30=\r\n"
                    + "Content-Type: application/x-tar\r\nTransfer-Encoding: chunked\r\n\r\n");
        }

        @Test
        void aPostWithoutBodySaysContentLengthZero() throws IOException {
            assertThat(written(HttpRequest.of("POST", "/containers/x/start"))).endsWith("Content-Length: 0\r\n\r\n");
            assertThat(written(HttpRequest.of("GET", "/_ping"))).isEqualTo("GET /_ping HTTP/1.1\r\nHost: docker\r\nUser-Agent: berth\r\n\r\n");
        }
    }
}
