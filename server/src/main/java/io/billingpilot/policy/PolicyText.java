package io.billingpilot.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import io.billingpilot.json.MalformedJsonException;

/** Reading policy text as people paste it: plain JSON, or the output of {@code aws s3api get-bucket-policy}. */
public final class PolicyText {
    private PolicyText() {
    }

    /** The JSON value, or a {@link MalformedJsonException} whose message is one readable line with line and column. */
    public static JsonNode parse(String text) {
        try {
            return Json.parse(text);
        } catch (MalformedJsonException e) {
            throw new MalformedJsonException(readable(e.getMessage()), e.line(), e.column());
        }
    }

    /**
     * {@code aws s3api get-bucket-policy} prints {"Policy": "<the policy as a string>"}: whether
     * this is that wrapper, whose string should be read instead.
     */
    public static boolean isCliOutput(JsonNode root) {
        return root.isObject() && root.size() == 1 && root.path("Policy").isTextual();
    }

    /** The policy itself: the wrapper's inner text parsed, or the value unchanged. */
    public static JsonNode unwrap(JsonNode root) {
        return isCliOutput(root) ? parse(root.get("Policy").textValue()) : root;
    }

    /** Jackson's parse message without its description of the source, and without control characters. */
    static String readable(String message) {
        int source = message.indexOf(" (for ");
        if (source < 0) {
            source = message.indexOf(" [Source");
        }
        String cut = source < 0 ? message : message.substring(0, source) + ".";
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0xFFFD) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
