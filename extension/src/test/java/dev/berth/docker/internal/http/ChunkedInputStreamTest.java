package dev.berth.docker.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

@NoEngine
class ChunkedInputStreamTest {

    @Test
    void decodesChunksAndStopsAtTheLastOne() throws IOException {
        // GIVEN two chunks, the last chunk, and the start of the next response on the same connection
        InputStream connection = Bytes.of("5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\nHTTP/1.1 200 OK");
        ChunkedInputStream body = new ChunkedInputStream(connection);
        // WHEN the body is read
        String text = Bytes.text(body.readAllBytes());
        // THEN it is the chunks' content, and the next response is left on the connection
        assertThat(text).isEqualTo("hello, world");
        assertThat(body.isExhausted()).isTrue();
        assertThat(body.read()).isEqualTo(-1);
        assertThat(Bytes.text(connection.readAllBytes())).isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void ignoresChunkExtensionsAndUpperCaseHex() throws IOException {
        InputStream connection = Bytes.of("A;name=value;other=\"quoted\"\r\n0123456789\r\n0;last\r\n\r\n");
        assertThat(Bytes.text(new ChunkedInputStream(connection).readAllBytes())).isEqualTo("0123456789");
    }

    @Test
    void skipsTrailers() throws IOException {
        InputStream connection = Bytes.of("3\r\nabc\r\n0\r\nX-Checksum: 42\r\nX-Other: 1\r\n\r\nnext");
        ChunkedInputStream body = new ChunkedInputStream(connection);
        assertThat(Bytes.text(body.readAllBytes())).isEqualTo("abc");
        assertThat(Bytes.text(connection.readAllBytes())).isEqualTo("next");
    }

    @Test
    void handsOutDataAsItArrivesOneByteAtATime() throws IOException {
        ChunkedInputStream body = new ChunkedInputStream(Bytes.oneByteAtATime("4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n"));
        byte[] buffer = new byte[64];
        int first = body.read(buffer, 0, 64);
        assertThat(first).isEqualTo(1);
        assertThat(Bytes.text(body.readAllBytes())).isEqualTo("iki" + "pedia");
    }

    @Test
    void neverReadsPastTheCurrentChunk() throws IOException {
        ChunkedInputStream body = new ChunkedInputStream(Bytes.of("3\r\nabc\r\n3\r\ndef\r\n0\r\n\r\n"));
        byte[] buffer = new byte[10];
        assertThat(body.read(buffer, 0, 10)).isEqualTo(3);
        assertThat(body.available()).isZero();
        assertThat(body.read(buffer, 0, 10)).isEqualTo(3);
        assertThat(body.read(buffer, 0, 10)).isEqualTo(-1);
    }

    @Test
    void aMalformedSizeIsAnError() {
        assertThatThrownBy(() -> new ChunkedInputStream(Bytes.of("zz\r\nabc\r\n")).readAllBytes())
                .isInstanceOf(IOException.class).hasMessage("malformed chunk size [zz]");
    }

    @Test
    void aMissingCrlfAfterAChunkIsAnError() {
        assertThatThrownBy(() -> new ChunkedInputStream(Bytes.of("3\r\nabcX\r\n0\r\n\r\n")).readAllBytes())
                .isInstanceOf(IOException.class).hasMessage("chunk not followed by CRLF");
    }

    @Test
    void theConnectionClosingInsideAChunkIsAnEofError() {
        assertThatThrownBy(() -> new ChunkedInputStream(Bytes.of("a\r\nabc")).readAllBytes())
                .isInstanceOf(EOFException.class).hasMessage("connection closed inside a chunk");
    }

    @Test
    void theConnectionClosingBeforeTheNextSizeIsAnEofError() {
        assertThatThrownBy(() -> new ChunkedInputStream(Bytes.of("3\r\nabc\r\n")).readAllBytes())
                .isInstanceOf(EOFException.class).hasMessage("connection closed before the next chunk size");
    }

    @Test
    void chunkedOutputRoundTrips() throws IOException {
        java.io.ByteArrayOutputStream wire = new java.io.ByteArrayOutputStream();
        ChunkedOutputStream out = new ChunkedOutputStream(wire);
        out.write("hello".getBytes());
        out.write(new byte[0]);
        out.write('!');
        out.close();
        assertThat(Bytes.text(wire.toByteArray())).isEqualTo("5\r\nhello\r\n1\r\n!\r\n0\r\n\r\n");
        assertThat(Bytes.text(new ChunkedInputStream(new java.io.ByteArrayInputStream(wire.toByteArray())).readAllBytes()))
                .isEqualTo("hello!");
    }
}
