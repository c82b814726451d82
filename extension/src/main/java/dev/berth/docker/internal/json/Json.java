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
 * Berth's one Jackson mapper: engine JSON (UpperCamelCase, matched case-insensitively so {@code Id},
 * {@code OOMKilled} and {@code errorDetail} all bind) into records that ignore unknown fields.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    /** For the endpoints that answer in snake_case ({@code /stats}, {@code /images/search}). */
    private static final ObjectMapper SNAKE = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }

    /** @return the texts of a JSON array; empty for {@code null} or a non-array (the engine sends null for none) */
    public static java.util.List<String> strings(JsonNode array) {
        java.util.List<String> result = new java.util.ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(item -> result.add(item.asText()));
        }
        return java.util.List.copyOf(result);
    }

    /** Reads snake_case JSON ({@code pids_stats}, {@code star_count}) into a record. */
    public static <T> T readSnakeCase(byte[] json, Class<T> type) {
        try {
            return SNAKE.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected JSON from the engine for " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Converts a snake_case JSON tree into a record. */
    public static <T> T convertSnakeCase(JsonNode node, Class<T> type) {
        return SNAKE.convertValue(node, type);
    }

    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected JSON from the engine for " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public static <T> T read(byte[] json, Type type) {
        try {
            JavaType javaType = MAPPER.getTypeFactory().constructType(type);
            return MAPPER.readValue(json, javaType);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected JSON from the engine: " + e.getMessage(), e);
        }
    }

    public static <T> T convert(JsonNode node, Class<T> type) {
        return MAPPER.convertValue(node, type);
    }

    public static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected JSON from the engine: " + e.getMessage(), e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("malformed JSON: " + e.getMessage(), e);
        }
    }

    /** Reads a stream of concatenated JSON objects one by one (progress and event streams). */
    public static JsonObjectStream objects(InputStream in) {
        try {
            return new JsonObjectStream(MAPPER.getFactory().createParser(in), MAPPER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a value (maps, lists, records with explicit names) as JSON bytes; names are kept as given. */
    public static byte[] write(Object value) {
        try {
            return PLAIN.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String writeString(Object value) {
        try {
            return PLAIN.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ObjectMapper PLAIN = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
}
