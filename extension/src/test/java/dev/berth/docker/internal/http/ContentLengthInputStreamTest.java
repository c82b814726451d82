package dev.berth.docker.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

@NoEngine
class ContentLengthInputStreamTest {

    @Test
    void readsExactlyTheLengthAndLeavesTheRest() throws IOException {
        InputStream connection = Bytes.of("{\"Id\":\"abc\"}HTTP/1.1 204 No Content");
        ContentLengthInputStream body = new ContentLengthInputStream(connection, 12);
        assertThat(Bytes.text(body.readAllBytes())).isEqualTo("{\"Id\":\"abc\"}");
        assertThat(body.isExhausted()).isTrue();
        assertThat(body.remaining()).isZero();
        assertThat(body.read()).isEqualTo(-1);
        assertThat(Bytes.text(connection.readAllBytes())).isEqualTo("HTTP/1.1 204 No Content");
    }

    @Test
    void readsAcrossOneByteReads() throws IOException {
        ContentLengthInputStream body = new ContentLengthInputStream(Bytes.oneByteAtATime("abcdefXYZ"), 6);
        assertThat(body.read()).isEqualTo('a');
        assertThat(Bytes.text(body.readAllBytes())).isEqualTo("bcdef");
    }

    @Test
    void aZeroLengthBodyIsEmpty() throws IOException {
        ContentLengthInputStream body = new ContentLengthInputStream(Bytes.of("next"), 0);
        assertThat(body.read(new byte[4], 0, 4)).isEqualTo(-1);
        assertThat(body.isExhausted()).isTrue();
    }

    @Test
    void theConnectionClosingEarlyIsAnEofError() {
        assertThatThrownBy(() -> new ContentLengthInputStream(Bytes.of("abc"), 6).readAllBytes())
                .isInstanceOf(EOFException.class).hasMessage("connection closed with 3 bytes of the body missing");
    }
}
