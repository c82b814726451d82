package dev.berth.docker.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reads concatenated JSON objects from a stream as they arrive.
 */
public final class JsonObjectStream implements AutoCloseable {

    private final JsonParser parser;
    private final ObjectMapper mapper;

    JsonObjectStream(JsonParser parser, ObjectMapper mapper) {
        this.parser = parser;
        this.mapper = mapper;
    }

    /** @return the next object, or {@code null} at the end */
    public JsonNode next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        return mapper.readTree(parser);
    }

    public <T> T next(Class<T> type) throws IOException {
        JsonNode node = next();
        return node == null ? null : mapper.treeToValue(node, type);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
