package dev.berth.docker.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The members of one parsed JSON object ({@link JsonReader}), read the way {@link JsonBinder} binds records:
 * names matched case-insensitively ({@code OomKilled} finds {@code OOMKilled}); a missing or {@code null} member
 * gives {@code null} for objects and {@code 0}/{@code false} for primitives; scalars convert to text; a single value
 * where a list is expected becomes a one-element list.
 */
final class JsonMembers {

    private final Map<String, Object> members;

    private JsonMembers(Map<String, Object> members) {
        this.members = members;
    }

    /** @return the members of {@code value}, or {@code null} when it is {@code null} */
    static JsonMembers of(Object value, String what) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(what + " is not a JSON object: " + describe(value));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return new JsonMembers(map);
    }

    Object get(String name) {
        Object exact = members.get(name);
        if (exact != null || members.containsKey(name)) {
            return exact;
        }
        for (Map.Entry<String, Object> e : members.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    String text(String name) {
        return text(get(name), name);
    }

    boolean bool(String name) {
        Object v = get(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false") || s.isEmpty())) {
            return Boolean.parseBoolean(s);
        }
        if (v instanceof Long n) {
            return n != 0;
        }
        throw new IllegalArgumentException(name + " is not a boolean: " + describe(v));
    }

    int int32(String name) {
        Long n = int64OrNull(name);
        if (n == null) {
            return 0;
        }
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " does not fit an int: " + n);
        }
        return n.intValue();
    }

    Integer int32OrNull(String name) {
        return get(name) == null ? null : int32(name);
    }

    long int64(String name) {
        Long n = int64OrNull(name);
        return n == null ? 0 : n;
    }

    Long int64OrNull(String name) {
        Object v = get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Long n) {
            return n;
        }
        if (v instanceof BigDecimal d) {
            return d.longValue(); // a fraction where a whole number belongs: truncated, as Jackson does
        }
        if (v instanceof String s && s.isBlank()) {
            return null;
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " is not a whole number: " + describe(v), e);
            }
        }
        throw new IllegalArgumentException(name + " is not a whole number: " + describe(v));
    }

    JsonMembers object(String name) {
        return of(get(name), name);
    }

    /** @return the list under {@code name} read item by item, or {@code null}; a single value counts as a list of one */
    <T> List<T> list(String name, Function<Object, T> item) {
        return listOf(get(name), item);
    }

    /** @return {@code v} read item by item as {@link #list} does, or {@code null} */
    static <T> List<T> listOf(Object v, Function<Object, T> item) {
        if (v == null) {
            return null;
        }
        List<T> result = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                result.add(o == null ? null : item.apply(o));
            }
        } else {
            result.add(item.apply(v));
        }
        return result;
    }

    List<String> texts(String name) {
        return list(name, v -> text(v, name));
    }

    /** @return the object under {@code name} as a map with each value read by {@code value}, or {@code null} */
    <T> Map<String, T> map(String name, Function<Object, T> value) {
        JsonMembers object = object(name);
        if (object == null) {
            return null;
        }
        Map<String, T> result = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : object.members.entrySet()) {
            result.put(e.getKey(), e.getValue() == null ? null : value.apply(e.getValue()));
        }
        return result;
    }

    Map<String, String> textMap(String name) {
        return map(name, v -> text(v, name));
    }

    private static String text(Object v, String name) {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            throw new IllegalArgumentException(name + " is not text: " + describe(v));
        }
        return v.toString();
    }

    private static String describe(Object v) {
        String s = String.valueOf(v);
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
