package dev.berth.docker.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Berth's JSON, in one place and with no JSON library: {@link JsonReader} parses into plain values (maps, lists,
 * strings, numbers), {@link JsonBinder} binds those into the records, {@link JsonWriter} writes request bodies and
 * {@link JsonObjectStream} reads progress and event streams. A user's build resolves whatever Jackson (or none) it
 * likes without breaking Berth, and a test JVM starts its first container without building a mapper
 * (docs/benchmarks.md, cold process).
 *
 * <p>The answers on the way to a running container (create, inspect, wait, exec inspect) are read by hand
 * ({@link StartPathReaders}) rather than by the binder: reflection on records and their generic types loads some 35
 * classes more (the JDK's signature parser among them) before the first container runs. {@code StartPathReadersTest}
 * checks that both read the same records.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Json {

    private Json() {
    }

    /**
     * Reads an engine answer, its members named as the Engine API usually does ({@code Id}, {@code NetworkSettings})
     * and matched regardless of case.
     *
     * @param json the engine's answer, in UTF-8
     * @param type the record (or array of records, or plain type) to read it into
     * @return the value; {@code null} for the JSON {@code null}
     * @throws UncheckedIOException when the answer is not JSON of that shape
     */
    public static <T> T read(byte[] json, Class<T> type) {
        if (StartPathReaders.supports(type)) {
            try {
                return type.cast(StartPathReaders.read(JsonReader.parse(json), type));
            } catch (IllegalArgumentException e) {
                throw unexpected(type, e);
            }
        }
        return type.cast(read(json, (Type) type, JsonBinder.Naming.UPPER_CAMEL_CASE));
    }

    /** Reads an engine answer into a generic type, e.g. a list of records, as {@link #read(byte[], Class)} does. */
    @SuppressWarnings("unchecked")
    public static <T> T read(byte[] json, Type type) {
        return (T) read(json, type, JsonBinder.Naming.UPPER_CAMEL_CASE);
    }

    /** Reads snake_case JSON ({@code pids_stats}, {@code star_count}) into a record. */
    public static <T> T readSnakeCase(byte[] json, Class<T> type) {
        return type.cast(read(json, type, JsonBinder.Naming.SNAKE_CASE));
    }

    /** Binds a parsed value ({@link #tree}, {@link JsonObjectStream#next}) as {@link #read(byte[], Class)} does. */
    public static <T> T bind(Object tree, Class<T> type) {
        return type.cast(bind(tree, type, JsonBinder.Naming.UPPER_CAMEL_CASE));
    }

    /** Binds a parsed snake_case value as {@link #readSnakeCase} does. */
    public static <T> T bindSnakeCase(Object tree, Class<T> type) {
        return type.cast(bind(tree, type, JsonBinder.Naming.SNAKE_CASE));
    }

    private static Object read(byte[] json, Type type, JsonBinder.Naming naming) {
        Object tree;
        try {
            tree = JsonReader.parse(json);
        } catch (IllegalArgumentException e) {
            throw unexpected(type, e);
        }
        return bind(tree, type, naming);
    }

    private static Object bind(Object tree, Type type, JsonBinder.Naming naming) {
        try {
            return JsonBinder.bind(tree, type, naming);
        } catch (IllegalArgumentException e) {
            throw unexpected(type, e);
        }
    }

    private static UncheckedIOException unexpected(Type type, IllegalArgumentException e) {
        String name = type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
        return new UncheckedIOException("unexpected JSON from the engine for " + name + ": " + e.getMessage(),
                new IOException(e.getMessage(), e));
    }

    /**
     * @param json JSON text, in UTF-8
     * @return its value as {@link JsonReader} gives it: maps, lists, strings, {@code Long}s, {@code BigDecimal}s,
     *         booleans and {@code null}
     * @throws UncheckedIOException when the text is not JSON
     */
    public static Object tree(byte[] json) {
        return tree(new String(json, StandardCharsets.UTF_8));
    }

    /** Parses JSON text as {@link #tree(byte[])} does. */
    public static Object tree(String json) {
        try {
            return JsonReader.parse(json);
        } catch (IllegalArgumentException e) {
            throw new UncheckedIOException("malformed JSON: " + e.getMessage(), new IOException(e.getMessage(), e));
        }
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
        return member(new String(json, StandardCharsets.UTF_8), path);
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
            throw new UncheckedIOException("unexpected JSON: " + e.getMessage(), new IOException(e.getMessage(), e));
        }
    }

    /**
     * Walks a parsed value leniently, as a lookup in a file that people edit (a docker config) should.
     *
     * @param tree a parsed value
     * @param path member names, each matched exactly (keys such as registry hosts are data, not names)
     * @return the value at the end of the path, or {@code null} when it, or an object on the way, is missing,
     *         {@code null} or not an object
     */
    public static Object at(Object tree, String... path) {
        Object value = tree;
        for (String name : path) {
            if (!(value instanceof Map<?, ?> members)) {
                return null;
            }
            value = members.get(name);
        }
        return value;
    }

    /**
     * @return the text at {@code path} as {@link #at} finds it (numbers and booleans as written), or {@code null}
     *         when there is none or it is an object or array
     */
    public static String text(Object tree, String... path) {
        Object value = at(tree, path);
        return value == null || value instanceof Map<?, ?> || value instanceof List<?> ? null : value.toString();
    }

    /** Reads a stream of concatenated JSON objects one by one (progress and event streams). */
    public static JsonObjectStream objects(InputStream in) {
        return JsonObjectStream.of(in);
    }

    /**
     * Writes a value as JSON bytes: maps, lists, arrays, records (components by their names), enums, texts, numbers
     * and booleans; {@code null} members of maps and records are left out. Names are kept as given.
     */
    public static byte[] write(Object value) {
        return JsonWriter.write(value);
    }

    /** Writes a value as {@link #write} does, as text. */
    public static String writeString(Object value) {
        return JsonWriter.writeString(value);
    }
}
