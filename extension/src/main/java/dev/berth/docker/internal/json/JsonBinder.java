package dev.berth.docker.internal.json;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a {@link JsonReader} tree into Berth's records, with the rules of the Jackson mapper it replaces, so that
 * Berth carries no JSON library that a user's build could resolve to another version:
 * <ul>
 * <li>a member matches a component by name regardless of case ({@code Id}, {@code OOMKilled} and {@code IPAddress}
 * find {@code id}, {@code oomKilled} and {@code ipAddress}); in {@link Naming#SNAKE_CASE} ({@code /stats},
 * {@code /images/search}) {@code online_cpus} finds {@code onlineCpus}; members without a component are ignored;</li>
 * <li>a missing or {@code null} member gives {@code null} (lists and maps too: none of the records turns them
 * into empty ones), {@code 0} or {@code false};</li>
 * <li>scalars convert as Jackson's default coercions do (numbers and booleans to text, numeric text to numbers, a
 * fraction to a whole number by truncation), and a single value where a list belongs is a list of one;</li>
 * <li>{@code Object} gets plain values as Jackson gives them ({@code Integer} when it fits, {@code Double} for
 * fractions, maps and lists).</li>
 * </ul>
 * A member of the wrong shape fails with an {@link IllegalArgumentException} naming the record and component. Each
 * record's components and constructor are looked up once.
 */
final class JsonBinder {

    /** How member names are spelled. */
    enum Naming {
        /** The Engine API's usual names ({@code Id}, {@code NetworkSettings}), matched regardless of case. */
        UPPER_CAMEL_CASE,
        /** {@code pids_stats}, {@code star_count}. */
        SNAKE_CASE
    }

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private JsonBinder() {
    }

    /**
     * @param json a {@link JsonReader} value
     * @param type a record, an array or a {@code List}/{@code Map} of them, or a plain type
     * @return the bound value, {@code null} for the JSON {@code null}
     * @throws IllegalArgumentException when the JSON does not have the type's shape
     */
    static Object bind(Object json, Type type, Naming naming) {
        return value(json, type, naming, rawClass(type).getSimpleName());
    }

    private static Object value(Object json, Type type, Naming naming, String where) {
        Class<?> raw = rawClass(type);
        if (json == null) {
            return raw.isPrimitive() ? primitiveDefault(raw) : null;
        }
        if (raw == String.class) {
            if (json instanceof Map<?, ?> || json instanceof List<?>) {
                throw mismatch(where, "text", json);
            }
            return json.toString();
        }
        if (raw == int.class || raw == Integer.class) {
            Long n = whole(json, where);
            if (n != null && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
                throw new IllegalArgumentException(where + " does not fit an int: " + n);
            }
            return n == null ? (raw.isPrimitive() ? 0 : null) : (Object) n.intValue();
        }
        if (raw == long.class || raw == Long.class) {
            Long n = whole(json, where);
            return n == null && raw.isPrimitive() ? 0L : n;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return bool(json, where);
        }
        if (raw == double.class || raw == Double.class) {
            if (json instanceof Number n) {
                return n.doubleValue();
            }
            throw mismatch(where, "a number", json);
        }
        if (raw == Object.class) {
            return plain(json);
        }
        if (raw.isRecord()) {
            if (!(json instanceof Map<?, ?> members)) {
                throw mismatch(where, "a JSON object", json);
            }
            return record(members, raw, naming);
        }
        if (raw.isEnum()) {
            return enumValue(json, raw, where);
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            Type itemType = raw.isArray() ? raw.getComponentType() : typeArgument(type, 0);
            List<?> items = json instanceof List<?> list ? list : List.of(json); // a single value as a list of one
            List<Object> result = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                result.add(value(items.get(i), itemType, naming, where + "[" + i + "]"));
            }
            if (!raw.isArray()) {
                return result;
            }
            Object array = Array.newInstance(raw.getComponentType(), result.size());
            for (int i = 0; i < result.size(); i++) {
                Array.set(array, i, result.get(i));
            }
            return array;
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (!(json instanceof Map<?, ?> members)) {
                throw mismatch(where, "a JSON object", json);
            }
            Type valueType = typeArgument(type, 1);
            Map<String, Object> result = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : members.entrySet()) {
                result.put((String) e.getKey(), value(e.getValue(), valueType, naming, where + "[" + e.getKey() + "]"));
            }
            return result;
        }
        throw new IllegalArgumentException(where + " has a type that JSON is not read into: " + type.getTypeName());
    }

    private static Object record(Map<?, ?> members, Class<?> type, Naming naming) {
        Shape shape = SHAPES.computeIfAbsent(type, Shape::new);
        Object[] args = new Object[shape.types.length];
        boolean[] seen = new boolean[args.length];
        Map<String, Integer> index = naming == Naming.SNAKE_CASE ? shape.bySnakeCase : shape.byName;
        for (Map.Entry<?, ?> e : members.entrySet()) {
            Integer i = index.get(((String) e.getKey()).toLowerCase(Locale.ROOT));
            if (i != null) {
                args[i] = value(e.getValue(), shape.types[i], naming, shape.where[i]);
                seen[i] = true;
            }
        }
        for (int i = 0; i < args.length; i++) {
            if (!seen[i] && shape.raw[i].isPrimitive()) {
                args[i] = primitiveDefault(shape.raw[i]);
            }
        }
        try {
            return shape.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " refused the engine's values: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create a " + type.getName() + ": " + e, e);
        }
    }

    /** A record's components, looked up once: their types, names and the canonical constructor. */
    private static final class Shape {
        final Type[] types;
        final Class<?>[] raw;
        final String[] where;
        final Map<String, Integer> byName = new HashMap<>();
        final Map<String, Integer> bySnakeCase = new HashMap<>();
        final Constructor<?> constructor;

        Shape(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            types = new Type[components.length];
            raw = new Class<?>[components.length];
            where = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                raw[i] = components[i].getType();
                // the generic type only where there is one to read: its signature parser is a few dozen classes
                types[i] = Collection.class.isAssignableFrom(raw[i]) || Map.class.isAssignableFrom(raw[i])
                        ? components[i].getGenericType() : raw[i];
                where[i] = type.getSimpleName() + "." + name;
                byName.put(name.toLowerCase(Locale.ROOT), i);
                bySnakeCase.put(snakeCase(name), i);
            }
            try {
                constructor = type.getDeclaredConstructor(raw);
                constructor.setAccessible(true); // private records of the API classes
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
            }
        }
    }

    /** {@code onlineCpus} to {@code online_cpus}, as Jackson's {@code SNAKE_CASE} spells it. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Long whole(Object json, String where) {
        if (json instanceof Long n) {
            return n;
        }
        if (json instanceof BigDecimal d) {
            return d.longValue(); // a fraction where a whole number belongs: truncated, as Jackson does
        }
        if (json instanceof String s) {
            if (s.isBlank()) {
                return null;
            }
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw mismatch(where, "a whole number", json);
            }
        }
        if (json instanceof BigInteger n) {
            throw new IllegalArgumentException(where + " does not fit a long: " + n);
        }
        throw mismatch(where, "a whole number", json);
    }

    private static boolean bool(Object json, String where) {
        if (json instanceof Boolean b) {
            return b;
        }
        if (json instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false") || s.isEmpty())) {
            return Boolean.parseBoolean(s);
        }
        if (json instanceof Long n) {
            return n != 0;
        }
        throw mismatch(where, "a boolean", json);
    }

    private static Object enumValue(Object json, Class<?> type, String where) {
        Object[] constants = type.getEnumConstants();
        if (json instanceof Long n && n >= 0 && n < constants.length) {
            return constants[n.intValue()]; // Jackson reads a number as the constant's index
        }
        for (Object constant : constants) {
            if (((Enum<?>) constant).name().equals(json)) {
                return constant;
            }
        }
        throw mismatch(where, "one of " + List.of(constants), json);
    }

    /** The plain value Jackson gives an {@code Object}: {@code Integer} when it fits, {@code Double} for fractions. */
    private static Object plain(Object json) {
        if (json instanceof Long n) {
            return n == n.intValue() ? (Object) n.intValue() : n;
        }
        if (json instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (json instanceof List<?> list) {
            List<Object> result = new ArrayList<>(list.size());
            list.forEach(item -> result.add(plain(item)));
            return result;
        }
        if (json instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put((String) k, plain(v)));
            return result;
        }
        return json;
    }

    private static Object primitiveDefault(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == int.class) {
            return 0;
        }
        throw new IllegalArgumentException("JSON is not read into " + type);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return rawClass(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static IllegalArgumentException mismatch(String where, String expected, Object json) {
        String s = json instanceof String ? "\"" + json + "\"" : String.valueOf(json);
        return new IllegalArgumentException(where + " is not " + expected + ": " + (s.length() > 80 ? s.substring(0, 80) + "..." : s));
    }
}
