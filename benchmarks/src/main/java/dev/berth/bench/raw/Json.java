package dev.berth.bench.raw;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The little JSON the raw client writes and reads: no library, a few string functions. */
public final class Json {

    private Json() {
    }

    /** @return the JSON string literal for {@code s} */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** @return a JSON array of strings */
    public static String array(List<String> values) {
        return values.stream().map(Json::quote).collect(Collectors.joining(",", "[", "]"));
    }

    /** @return a JSON object of string values */
    public static String object(Map<String, String> values) {
        return values.entrySet().stream().map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** @return the first string value of {@code field} in {@code json} */
    public static String string(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no string field " + field + " in " + json);
        }
        return m.group(1);
    }

    /** @return every string value of {@code field} in {@code json} */
    public static List<String> strings(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.results().map(r -> r.group(1)).collect(Collectors.toList());
    }

    /** @return the first integer value of {@code field} in {@code json} */
    public static long integer(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no integer field " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
