package dev.berth.docker.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Berth's JSON, in one place. The answers and requests on the way to a running container (create, start, inspect,
 * exec, wait, errors) are read by {@link JsonReader} into their records by hand ({@link EngineModels}) and written by
 * {@link JsonWriter}: a test JVM starts its first container without building a Jackson mapper, which costs more
 * than the rest of its start-up together (docs/benchmarks.md, cold process). Everything else goes to Jackson
 * ({@link JacksonJson}), loaded on first use.
 */
public final class Json {

    private Json() {
    }

    /**
     * @param json the engine's answer
     * @param type the record to read it into
     * @return the record; {@code null} for the JSON {@code null}
     * @throws UncheckedIOException when the answer is not JSON of that shape
     */
    public static <T> T read(byte[] json, Class<T> type) {
        if (!EngineModels.supports(type)) {
            return JacksonJson.read(json, type);
        }
        try {
            return type.cast(EngineModels.read(JsonReader.parse(json), type));
        } catch (IllegalArgumentException e) {
            throw new UncheckedIOException("unexpected JSON from the engine for " + type.getSimpleName() + ": "
                    + e.getMessage(), new java.io.IOException(e.getMessage(), e));
        }
    }

    public static <T> T read(byte[] json, Type type) {
        if (type instanceof Class<?> c) {
            @SuppressWarnings("unchecked")
            T value = (T) read(json, c);
            return value;
        }
        return JacksonJson.read(json, type);
    }

    /**
     * Reads one text member of a JSON object, such as the {@code Id} of a create answer or
     * {@code Endpoints.docker.Host} of a docker context.
     *
     * @param json a JSON object, in UTF-8
     * @param path the member's name, after the names of the objects it is nested in (matched case-insensitively)
     * @return its text (numbers and booleans as written), or {@code null} when it or an object on the way is
     *         missing or {@code null}
     * @throws UncheckedIOException when the text is not JSON, or a member on the way is not an object
     */
    public static String member(byte[] json, String... path) {
        return member(new String(json, java.nio.charset.StandardCharsets.UTF_8), path);
    }

    /** Reads one text member of a JSON object, as {@link #member(byte[], String...)} does. */
    public static String member(String json, String... path) {
        try {
            JsonMembers members = JsonMembers.of(JsonReader.parse(json), "the JSON text");
            for (int i = 0; i < path.length - 1 && members != null; i++) {
                members = members.object(path[i]);
            }
            return members == null ? null : members.text(path[path.length - 1]);
        } catch (IllegalArgumentException e) {
            throw new UncheckedIOException("unexpected JSON: " + e.getMessage(), new java.io.IOException(e.getMessage(), e));
        }
    }

    /** Reads snake_case JSON ({@code pids_stats}, {@code star_count}) into a record. */
    public static <T> T readSnakeCase(byte[] json, Class<T> type) {
        return JacksonJson.readSnakeCase(json, type);
    }

    /** Converts a snake_case JSON tree into a record. */
    public static <T> T convertSnakeCase(JsonNode node, Class<T> type) {
        return JacksonJson.convertSnakeCase(node, type);
    }

    public static <T> T convert(JsonNode node, Class<T> type) {
        return JacksonJson.convert(node, type);
    }

    /** @return the texts of a JSON array; empty for {@code null} or a non-array (the engine sends null for none) */
    public static List<String> strings(JsonNode array) {
        return JacksonJson.strings(array);
    }

    public static JsonNode tree(byte[] json) {
        return JacksonJson.tree(json);
    }

    public static JsonNode tree(String json) {
        return JacksonJson.tree(json);
    }

    /** Reads a stream of concatenated JSON objects one by one (progress and event streams). */
    public static JsonObjectStream objects(InputStream in) {
        return JacksonJson.objects(in);
    }

    /** Writes a value (maps, lists, records with explicit names) as JSON bytes; names are kept as given. */
    public static byte[] write(Object value) {
        return JsonWriter.canWrite(value) ? JsonWriter.write(value) : JacksonJson.write(value);
    }

    /** Writes a value as {@link #write} does, as text. */
    public static String writeString(Object value) {
        return JsonWriter.canWrite(value) ? JsonWriter.writeString(value) : JacksonJson.writeString(value);
    }
}
