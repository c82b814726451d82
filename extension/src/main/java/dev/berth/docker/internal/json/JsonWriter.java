package dev.berth.docker.internal.json;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Writes values as compact JSON, as Berth's Jackson mapper used to: maps (string keys, in their order), records
 * (components in order, by their names), collections and arrays, strings, numbers, booleans, enums (by name) and
 * {@code null}; {@code null} members of maps and records are left out (the engine reads a missing member as its
 * default, not always so a {@code null}). Anything else is refused rather than guessed at.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder(256);

    private JsonWriter() {
    }

    /**
     * @param value a value made of the types above
     * @return its JSON text
     * @throws IllegalArgumentException when a part of it is none of the types above, or a non-finite number
     */
    public static String writeString(Object value) {
        JsonWriter writer = new JsonWriter();
        writer.value(value);
        return writer.out.toString();
    }

    /**
     * @param value a value made of the types above
     * @return its JSON text in UTF-8
     */
    public static byte[] write(Object value) {
        return writeString(value).getBytes(StandardCharsets.UTF_8);
    }

    private void value(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Character c) {
            string(c.toString());
        } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Number n) {
            number(n);
        } else if (value instanceof Enum<?> e) {
            string(e.name());
        } else if (value instanceof Map<?, ?> map) {
            object(map);
        } else if (value instanceof Record record) {
            record(record);
        } else if (value instanceof Collection<?> collection) {
            out.append('[');
            boolean first = true;
            for (Object item : collection) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                value(item);
            }
            out.append(']');
        } else if (value.getClass().isArray() && !(value instanceof byte[]) && !(value instanceof char[])) {
            // (byte[] and char[] were texts to Jackson, base64 and characters: refused rather than written otherwise)
            out.append('[');
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                if (i > 0) {
                    out.append(',');
                }
                value(Array.get(value, i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a value Berth writes as JSON: " + value.getClass().getName());
        }
    }

    private void number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            if (Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue())) {
                throw new IllegalArgumentException("JSON has no number " + n);
            }
        } else if (!(n instanceof Short || n instanceof Byte || n instanceof BigInteger
                || n instanceof BigDecimal)) {
            throw new IllegalArgumentException("not a value Berth writes as JSON: " + n.getClass().getName());
        }
        out.append(n);
    }

    private void record(Record record) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                members.put(component.getName(), accessor.invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getName(), e);
            }
        }
        object(members);
    }

    private void object(Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("a JSON member name must be text, not " + e.getKey());
            }
            string(key);
            out.append(':');
            value(v);
        }
        out.append('}');
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append("\\u");
                        String hex = Integer.toHexString(c);
                        out.append("0000", hex.length(), 4).append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
