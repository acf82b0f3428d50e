package io.billingpilot.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The one Jackson setup of the project. Parsing is bounded (nesting depth, string and
 * document size) so hostile input fails fast with a clear message instead of a stack
 * overflow or a memory spike.
 */
public final class Json {
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_DOCUMENT_CHARS = 1 << 20;

    public static final ObjectMapper MAPPER = createMapper();

    private Json() {
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_DOCUMENT_CHARS)
                        .maxDocumentLength(MAX_DOCUMENT_CHARS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        ObjectMapper mapper = new ObjectMapper(factory);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        return mapper;
    }

    /** Any JSON value, or a {@link MalformedJsonException} that says where the text went wrong. */
    public static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedJsonException("The JSON text is empty.", 0, 0);
        }
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw new MalformedJsonException("The JSON text is larger than " + (MAX_DOCUMENT_CHARS >> 10) + " KiB.", 0, 0);
        }
        try {
            return MAPPER.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new MalformedJsonException("The JSON text is nested deeper than " + MAX_NESTING_DEPTH
                    + " levels or is too large.", 0, 0);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new MalformedJsonException("Invalid JSON" + (line > 0 ? " at line " + line + ", column " + column : "")
                    + ": " + firstLine(e.getOriginalMessage()), line, column);
        }
    }

    /** A JSON object, or a {@link MalformedJsonException}. */
    public static ObjectNode parseObject(String text) {
        JsonNode node = parse(text);
        if (!node.isObject()) {
            throw new MalformedJsonException("Expected a JSON object ({...}), got " + describe(node) + ".", 0, 0);
        }
        return (ObjectNode) node;
    }

    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** "a string", "an array", ... for messages about wrong types. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case NUMBER -> "a number";
            case OBJECT -> "an object";
            case STRING -> "a string";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
