package dev.berth.docker.internal.json;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Writes plain values as compact JSON: maps (string keys, in their order; {@code null} members left out, as Berth's
 * Jackson mapper does), collections and arrays, strings, whole numbers, booleans and {@code null}. Request bodies
 * are built from these, so a start-up's requests need no Jackson. {@link #canWrite} tells whether a value is made of these only; anything else goes to Jackson.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder(256);

    private JsonWriter() {
    }

    /** @return whether {@link #write} can write {@code value} (every nested part a plain value) */
    public static boolean canWrite(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Character
                || value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String) || !canWrite(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                if (!canWrite(item)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Object[] array) {
            for (Object item : array) {
                if (!canWrite(item)) {
                    return false;
                }
            }
            return true;
        }
        // byte[] and char[] are texts to Jackson (base64, characters), doubles and floats its own formatting: not here
        Class<?> component = value.getClass().getComponentType();
        return component != null && component.isPrimitive() && component != double.class && component != float.class
                && component != byte.class && component != char.class;
    }

    /**
     * @param value a value {@link #canWrite} accepts
     * @return its JSON text
     */
    public static String writeString(Object value) {
        JsonWriter writer = new JsonWriter();
        writer.value(value);
        return writer.out.toString();
    }

    /**
     * @param value a value {@link #canWrite} accepts
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
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(map);
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
        } else if (value.getClass().isArray()) {
            out.append('[');
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                if (i > 0) {
                    out.append(',');
                }
                value(Array.get(value, i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a plain JSON value: " + value.getClass().getName());
        }
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
            string((String) e.getKey());
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
