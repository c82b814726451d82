package dev.berth.docker.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * Berth's Jackson mappers, behind {@link Json}: engine JSON (UpperCamelCase, matched case-insensitively so
 * {@code Id}, {@code OOMKilled} and {@code errorDetail} all bind) into records that ignore unknown fields. Nothing
 * loads this class (nor Jackson) until an answer that {@link JsonReader} does not cover is read.
 */
final class JacksonJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private JacksonJson() {
    }

    /** @return the texts of a JSON array; empty for {@code null} or a non-array (the engine sends null for none) */
    static java.util.List<String> strings(JsonNode array) {
        java.util.List<String> result = new java.util.ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(item -> result.add(item.asText()));
        }
        return java.util.List.copyOf(result);
    }

    /** Reads snake_case JSON ({@code pids_stats}, {@code star_count}) into a record. */
    static <T> T readSnakeCase(byte[] json, Class<T> type) {
        try {
            return Snake.MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected JSON from the engine for " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Converts a snake_case JSON tree into a record. */
    static <T> T convertSnakeCase(JsonNode node, Class<T> type) {
        return Snake.MAPPER.convertValue(node, type);
    }

    static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected JSON from the engine for " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    static <T> T read(byte[] json, Type type) {
        try {
            JavaType javaType = MAPPER.getTypeFactory().constructType(type);
            return MAPPER.readValue(json, javaType);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected JSON from the engine: " + e.getMessage(), e);
        }
    }

    static <T> T convert(JsonNode node, Class<T> type) {
        return MAPPER.convertValue(node, type);
    }

    static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected JSON from the engine: " + e.getMessage(), e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("malformed JSON: " + e.getMessage(), e);
        }
    }

    /** Reads a stream of concatenated JSON objects one by one (progress and event streams). */
    static JsonObjectStream objects(InputStream in) {
        try {
            return new JsonObjectStream(MAPPER.getFactory().createParser(in), MAPPER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a value (maps, lists, records with explicit names) as JSON bytes; names are kept as given. */
    static byte[] write(Object value) {
        try {
            return Plain.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String writeString(Object value) {
        try {
            return Plain.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** For the endpoints that answer in snake_case ({@code /stats}, {@code /images/search}); built on first use. */
    private static final class Snake {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** For writing values with their names kept as given; built on first use. */
    private static final class Plain {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
    }
}
