package dev.berth.docker.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small JSON writer for request bodies: what it writes, and what it refuses. */
@NoEngine
class JsonWriterTest {

    @Test
    void writesMapsInOrderLeavingNullMembersOutAsTheJacksonMapperDid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Image", "busybox:stable");
        body.put("User", null);
        body.put("Cmd", List.of("sh", "-c", "echo \"hi\"\n"));
        body.put("Tty", false);
        body.put("Memory", 67108864L);
        body.put("Ints", new int[] {1, 2});
        body.put("Nested", Map.of("Empty", Map.of()));
        body.put("Items", Arrays.asList("a", null));
        assertThat(JsonWriter.writeString(body)).isEqualTo("{\"Image\":\"busybox:stable\",\"Cmd\":[\"sh\",\"-c\",\"echo \\\"hi\\\"\\n\"],"
                + "\"Tty\":false,\"Memory\":67108864,\"Ints\":[1,2],\"Nested\":{\"Empty\":{}},\"Items\":[\"a\",null]}");
    }

    @Test
    void escapesControlCharactersAndLineSeparators() {
        assertThat(JsonWriter.writeString("\\ \b\f\r\t \u0001 \u001f \u2028 é😀"))
                .isEqualTo("\"\\\\ \\b\\f\\r\\t \\u0001 \\u001f \\u2028 é😀\"");
    }

    @Test
    void whatItWritesReadsBackAsTheSameValue() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "tab\there \"quoted\" \\ \u0000 ünïcödé 😀");
        value.put("list", List.of(1L, -2L, true, List.of()));
        value.put("object", Map.of("k", "v"));
        assertThat(JsonReader.parse(JsonWriter.write(value))).isEqualTo(value);
    }

    @Test
    void recordsEnumsAndFractionsAreWrittenAsTheJacksonMapperDid() {
        record Custom(String name, String unset, java.time.DayOfWeek day) {
        }
        assertThat(Json.writeString(Map.of("a", new Custom("x", null, java.time.DayOfWeek.MONDAY))))
                .isEqualTo("{\"a\":{\"name\":\"x\",\"day\":\"MONDAY\"}}");
        assertThat(Json.writeString(Map.of("a", 1.5))).isEqualTo("{\"a\":1.5}");
        assertThat(Json.writeString(List.of(new java.math.BigDecimal("0.10"), (short) 3))).isEqualTo("[0.10,3]");
    }

    @Test
    void whatJsonCannotSayIsRefused() {
        assertThatThrownBy(() -> JsonWriter.writeString(Map.of("a", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("JSON has no number NaN");
        assertThatThrownBy(() -> JsonWriter.writeString(Map.of(1, "a")))
                .hasMessage("a JSON member name must be text, not 1");
        assertThatThrownBy(() -> JsonWriter.writeString(List.of(new Object())))
                .hasMessage("not a value Berth writes as JSON: java.lang.Object");
        assertThatThrownBy(() -> JsonWriter.writeString(new byte[] {1}))
                .hasMessage("not a value Berth writes as JSON: [B");
    }
}
