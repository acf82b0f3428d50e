package io.billingpilot.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a policy generated (and checked) with real values into one that names them by
 * {@link Token}: a bucket ARN and the ARNs under it, an account id standing alone or as an
 * ARN's account field, an External ID. Only these exact forms are replaced, so a bucket name
 * that happens to occur inside other text is left alone.
 */
final class Parameterizer {
    private record Rule(Kind kind, String literal, Token token) {
    }

    private enum Kind { BUCKET_ARN, ACCOUNT, EXACT }

    private final List<Rule> rules = new ArrayList<>();

    /** {@code arn:P:s3:::BUCKET} and {@code arn:P:s3:::BUCKET/...}. */
    Parameterizer bucketArn(String bucketArn, Token token) {
        rules.add(new Rule(Kind.BUCKET_ARN, bucketArn, token));
        return this;
    }

    /** The account id alone, or as the account field of an ARN ({@code arn:P:svc:region:ACCOUNT:...}). */
    Parameterizer account(String account, Token token) {
        rules.add(new Rule(Kind.ACCOUNT, account, token));
        return this;
    }

    /** A value that is replaced only where it is the whole string. */
    Parameterizer exact(String value, Token token) {
        rules.add(new Rule(Kind.EXACT, value, token));
        return this;
    }

    ObjectNode apply(ObjectNode policy) {
        return (ObjectNode) walk(policy.deepCopy());
    }

    private JsonNode walk(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> field : fields) {
                object.set(field.getKey(), walk(field.getValue()));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, walk(array.get(i)));
            }
            return array;
        }
        return node.isTextual() ? new TextNode(replace(node.textValue())) : node;
    }

    private String replace(String text) {
        for (Rule rule : rules) {
            switch (rule.kind) {
                case BUCKET_ARN -> {
                    if (text.equals(rule.literal) || text.startsWith(rule.literal + "/")) {
                        int bucketAt = rule.literal.lastIndexOf(':') + 1;
                        return text.substring(0, bucketAt) + rule.token.mark() + text.substring(rule.literal.length());
                    }
                }
                case ACCOUNT -> {
                    if (text.equals(rule.literal)) {
                        return rule.token.mark();
                    }
                    text = inArn(text, rule);
                }
                case EXACT -> {
                    if (text.equals(rule.literal)) {
                        return rule.token.mark();
                    }
                }
            }
        }
        return text;
    }

    /** An ARN's fifth field (the account) replaced when it is the literal. */
    private static String inArn(String text, Rule rule) {
        String[] parts = text.split(":", 6);
        if (parts.length == 6 && parts[0].equals("arn") && parts[4].equals(rule.literal)) {
            parts[4] = rule.token.mark();
            return String.join(":", parts);
        }
        return text;
    }
}
