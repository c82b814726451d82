package dev.berth.docker.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.NoEngine;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small JSON parser on the start path: RFC 8259 values, and malformed text refused with where it went wrong. */
@NoEngine
class JsonReaderTest {

    @Test
    void objectsKeepTheirMembersInOrderAndTheLastOfDuplicateNamesWins() {
        Object value = JsonReader.parse(" {\"b\": 1, \"a\": [true, false, null], \"b\": {\"c\": \"d\"}, \"e\": {}, \"f\": []} ");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", Map.of("c", "d"));
        expected.put("a", Arrays.asList(true, false, null));
        expected.put("e", Map.of());
        expected.put("f", List.of());
        assertThat(value).isEqualTo(expected);
        assertThat(List.copyOf(((Map<?, ?>) value).keySet())).isEqualTo(List.of("b", "a", "e", "f"));
    }

    @Test
    void numbersAreLongsUnlessTooBigOrFractional() {
        assertThat(JsonReader.parse("[0, -7, 9223372036854775807, -9223372036854775808, 9223372036854775808, 1.5, -2e3, 1E+2]"))
                .isEqualTo(List.of(0L, -7L, Long.MAX_VALUE, Long.MIN_VALUE, new BigInteger("9223372036854775808"),
                        new BigDecimal("1.5"), new BigDecimal("-2e3"), new BigDecimal("1E+2")));
    }

    @Test
    void stringsUnescapeEveryEscapeAndReadUtf8() {
        byte[] json = "[\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\", \"\\u00e9\\uD83D\\uDE00\", \"ü→😀\"]".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonReader.parse(json)).isEqualTo(List.of("a\"b\\c/d\b\f\n\r\t", "é😀", "ü→😀"));
    }

    @Test
    void theEnginesTypicalAnswersParse() {
        Object value = JsonReader.parse("{\"Id\":\"4fa6e0f0c678\",\"Warnings\":[]}\n");
        assertThat(value).isEqualTo(Map.of("Id", "4fa6e0f0c678", "Warnings", List.of()));
        assertThat(JsonReader.parse("null")).isNull();
        assertThat(JsonReader.parse("\"OK\"")).isEqualTo("OK");
    }

    @Test
    void malformedTextIsRefusedWithTheOffsetAndWhatWasWrong() {
        assertThatThrownBy(() -> JsonReader.parse("{\"a\":1} x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed JSON at offset 8: unexpected text after the value (near \"{\"a\":1} x\")");
        assertThatThrownBy(() -> JsonReader.parse("{\"a\" 1}")).hasMessageStartingWith("malformed JSON at offset 5: expected ':'");
        assertThatThrownBy(() -> JsonReader.parse("[1,]")).hasMessageStartingWith("malformed JSON at offset 3: unexpected character ']'");
        assertThatThrownBy(() -> JsonReader.parse("\"abc")).hasMessageStartingWith("malformed JSON at offset 4: unexpected end of the text");
        assertThatThrownBy(() -> JsonReader.parse("\"a\\x\"")).hasMessageStartingWith("malformed JSON at offset 4: invalid escape '\\x'");
        assertThatThrownBy(() -> JsonReader.parse("\"a\nb\"")).hasMessageStartingWith("malformed JSON at offset 3: unescaped control character");
        assertThatThrownBy(() -> JsonReader.parse("[01]")).hasMessageStartingWith("malformed JSON at offset 3: expected ',' or ']'");
        assertThatThrownBy(() -> JsonReader.parse("-")).hasMessageStartingWith("malformed JSON at offset 1: invalid number");
        assertThatThrownBy(() -> JsonReader.parse("tru")).hasMessageStartingWith("malformed JSON at offset 0: unexpected word");
        assertThatThrownBy(() -> JsonReader.parse("")).hasMessageStartingWith("malformed JSON at offset 0: unexpected end of the text");
        assertThatThrownBy(() -> JsonReader.parse("{1:2}")).hasMessageStartingWith("malformed JSON at offset 1: expected a quoted member name");
    }

    @Test
    void nestingIsBoundedSoThatHostileTextCannotOverflowTheStack() {
        assertThat(JsonReader.parse("[".repeat(512) + "]".repeat(512))).isInstanceOf(List.class);
        assertThatThrownBy(() -> JsonReader.parse("[".repeat(100_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested deeper than 512");
    }
}
