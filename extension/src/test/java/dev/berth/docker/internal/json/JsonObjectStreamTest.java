package dev.berth.docker.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Concatenated JSON objects from a stream, as the engine's progress and event streams send them. */
@NoEngine
class JsonObjectStreamTest {

    private static JsonObjectStream stream(String text) {
        return Json.objects(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void severalObjectsWithOrWithoutWhitespaceBetween() throws IOException {
        try (JsonObjectStream objects = stream(" {\"a\":1}\r\n{\"b\":[2,{\"c\":\"}\"}]}{\"d\":\"\\\"{\"}\n\t[3] \n")) {
            assertThat(objects.next()).isEqualTo(Map.of("a", 1L));
            assertThat(objects.next()).isEqualTo(Map.of("b", List.of(2L, Map.of("c", "}"))));
            assertThat(objects.next()).as("an escaped quote and a brace in a string").isEqualTo(Map.of("d", "\"{"));
            assertThat(objects.next()).isEqualTo(List.of(3L));
            assertThat(objects.next()).isNull();
            assertThat(objects.next()).isNull();
        }
    }

    @Test
    void objectsSplitAcrossReadsAnywhereEvenInsideACharacter() throws IOException {
        byte[] bytes = "{\"status\":\"héllo 😀\"}{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < bytes.length ? bytes[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos == bytes.length) {
                    return -1;
                }
                int n = Math.min(len, 1 + pos % 3); // 1 to 3 bytes at a time
                System.arraycopy(bytes, pos, b, off, n);
                pos += n;
                return n;
            }
        };
        try (JsonObjectStream objects = Json.objects(trickle)) {
            assertThat(objects.next()).isEqualTo(Map.of("status", "héllo 😀"));
            assertThat(objects.next()).isEqualTo(Map.of("id", "x"));
            assertThat(objects.next()).isNull();
        }
    }

    @Test
    void anObjectIsHandedOutWithoutWaitingForMore() throws IOException {
        byte[] first = "{\"Type\":\"container\"}".getBytes(StandardCharsets.UTF_8);
        InputStream quietAfterwards = new InputStream() {
            private boolean sent;

            @Override
            public int read() {
                throw new AssertionError("single bytes are not read");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent) {
                    throw new AssertionError("read on after a whole object: an event stream would block here");
                }
                sent = true;
                System.arraycopy(first, 0, b, off, first.length);
                return first.length;
            }
        };
        try (JsonObjectStream objects = Json.objects(quietAfterwards)) {
            assertThat(objects.next()).isEqualTo(Map.of("Type", "container"));
        }
    }

    @Test
    void aLargeObjectGrowsTheBuffer() throws IOException {
        String big = "x".repeat(100_000);
        try (JsonObjectStream objects = stream("{\"stream\":\"" + big + "\"}{}")) {
            assertThat(objects.next()).isEqualTo(Map.of("stream", big));
            assertThat(objects.next()).isEqualTo(Map.of());
        }
    }

    @Test
    void aStreamEndingInsideAnObjectOrCarryingNonsenseFails() {
        assertThatThrownBy(() -> {
            try (JsonObjectStream objects = stream("{\"a\":1}{\"b\":")) {
                objects.next();
                objects.next();
            }
        }).isInstanceOf(IOException.class).hasMessage("the stream ended inside a JSON value: {\"b\":");
        assertThatThrownBy(() -> stream("{\"a\":1,}").next()).isInstanceOf(IOException.class)
                .hasMessageStartingWith("malformed JSON at offset 7");
        assertThatThrownBy(() -> stream("ok").next()).isInstanceOf(IOException.class)
                .hasMessage("expected a JSON object in the stream, found 'o'");
    }

    @Test
    void closingClosesTheStream() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Json.objects(in).close();
        assertThat(closed[0]).isTrue();
    }
}
