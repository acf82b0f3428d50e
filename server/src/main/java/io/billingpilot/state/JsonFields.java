package io.billingpilot.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.json.Json;

import java.util.List;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object, each through its type's parse method. A field that is
 * absent or null reads as null; a field of the wrong type or with a value its parser refuses
 * also reads as null, and adds a reason for people. The API refuses a body with reasons (422);
 * loading the session file keeps what it can and logs them.
 */
public final class JsonFields {
    private final JsonNode object;
    private final String path;
    private final List<String> reasons;

    /** @param reasons where the reasons go; shared with nested objects */
    public JsonFields(JsonNode object, List<String> reasons) {
        this(object, "", reasons);
    }

    private JsonFields(JsonNode object, String path, List<String> reasons) {
        this.object = object;
        this.path = path;
        this.reasons = reasons;
    }

    public boolean has(String name) {
        return object.has(name);
    }

    /** A string field through its parser (which throws {@link InvalidInputException} for a bad value). */
    public <T> T text(String name, Function<String, T> parser) {
        JsonNode node = present(name);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            refuse(name, "a string", node);
            return null;
        }
        try {
            return parser.apply(node.textValue());
        } catch (InvalidInputException e) {
            reasons.add(path.isEmpty() ? e.getMessage() : path + name + ": " + e.getMessage());
            return null;
        }
    }

    /** Like {@link #text(String, Function)}, and a reason when the field is absent or null. */
    public <T> T required(String name, Function<String, T> parser, String wanted) {
        if (present(name) == null) {
            reasons.add("'" + path + name + "' must be " + wanted + ", not " + Json.describe(object.get(name)) + ".");
            return null;
        }
        return text(name, parser);
    }

    /** A string kept as it is, up to {@code maxChars} characters. */
    public String text(String name, int maxChars) {
        return text(name, value -> {
            if (value.length() > maxChars) {
                throw new InvalidInputException("'" + path + name + "' is longer than " + maxChars + " characters.");
            }
            return value;
        });
    }

    public Boolean bool(String name) {
        JsonNode node = present(name);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            refuse(name, "true or false", node);
            return null;
        }
        return node.booleanValue();
    }

    /** A nested object, or null when it is absent, null or not an object. */
    public JsonFields object(String name) {
        JsonNode node = present(name);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            refuse(name, "an object", node);
            return null;
        }
        return new JsonFields(node, path + name + ".", reasons);
    }

    /** The objects of an array field (other elements are refused), or null when it is absent or null. */
    public List<JsonFields> objects(String name, int maxItems) {
        JsonNode node = present(name);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            refuse(name, "an array", node);
            return null;
        }
        if (node.size() > maxItems) {
            reasons.add("'" + path + name + "' has more than " + maxItems + " entries.");
            return null;
        }
        List<JsonFields> items = new java.util.ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isObject()) {
                items.add(new JsonFields(item, path + name + "[" + i + "].", reasons));
            } else {
                reasons.add("'" + path + name + "[" + i + "]' must be an object, not " + Json.describe(item) + ".");
            }
        }
        return items;
    }

    /** The strings of an array field, others skipped with a reason; empty when absent. */
    public List<String> strings(String name) {
        JsonNode node = present(name);
        List<String> values = new java.util.ArrayList<>();
        if (node == null) {
            return values;
        }
        if (!node.isArray()) {
            refuse(name, "an array", node);
            return values;
        }
        node.forEach(item -> {
            if (item.isTextual()) {
                values.add(item.textValue());
            } else {
                reasons.add("'" + path + name + "' holds " + Json.describe(item) + " where a string belongs.");
            }
        });
        return values;
    }

    private JsonNode present(String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? null : node;
    }

    private void refuse(String name, String wanted, JsonNode node) {
        reasons.add("'" + path + name + "' must be " + wanted + ", not " + Json.describe(node) + ".");
    }
}
