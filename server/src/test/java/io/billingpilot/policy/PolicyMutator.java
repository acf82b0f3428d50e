package io.billingpilot.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Changes policies the way people and tools get them wrong: actions dropped or renamed,
 * resources for other buckets or letter cases, Deny statements with random conditions,
 * values wrapped or unwrapped, principals swapped, fields deleted, values of the wrong type.
 */
final class PolicyMutator {
    private static final String[] ACTIONS = {"s3:PutObject", "s3:GetBucketAcl", "s3:GetBucketPolicy", "s3:*", "*",
            "s3:Put*", "S3:PUTOBJECT", "s3:Get*", "s3:PutObjekt", "s3:ListBucket", "s3:GetObject", "s3:?utObject", "PutObject"};
    private static final String[] OPERATORS = {"StringEquals", "StringNotEquals", "StringLike", "StringNotLike",
            "StringEqualsIgnoreCase", "ArnLike", "ArnNotLike", "ArnEquals", "Bool", "BoolIfExists", "IpAddress",
            "NotIpAddress", "Null", "NumericLessThan", "DateGreaterThan", "ForAnyValue:StringEquals",
            "ForAllValues:StringLike", "StringNotEqualsIfExists", "StringContains", "NullIfExists"};
    private static final String[] KEYS = {"aws:SecureTransport", "aws:PrincipalOrgID", "aws:SourceIp", "aws:SourceVpce",
            "aws:SourceAccount", "aws:SourceArn", "aws:PrincipalIsAWSService", "s3:x-amz-server-side-encryption",
            "s3:x-amz-acl", "aws:CurrentTime", "aws:PrincipalServiceName", "aws:PrincipalAccount", "AWS:SOURCEACCOUNT"};
    private static final String[] VALUES = {"true", "false", "o-abc123", "203.0.113.0/24", "123456789012",
            "arn:aws:cur:us-east-1:123456789012:definition/*", "arn:aws:cur:eu-west-1:123456789012:definition/*",
            "AES256", "*", "2030-01-01T00:00:00Z", "billingreports.amazonaws.com", "386209384616", "", "${aws:SourceAccount}"};
    private static final String[] PRINCIPALS = {"\"*\"", "{\"AWS\": \"*\"}", "{\"AWS\": \"386209384616\"}",
            "{\"AWS\": \"arn:aws-cn:iam::386209384616:root\"}", "{\"AWS\": [\"arn:aws:iam::111122223333:root\"]}",
            "{\"Service\": \"billingreports.amazonaws.com\"}", "{\"Service\": [\"bcm-data-exports.amazonaws.com\"]}",
            "{\"Service\": \"logging.s3.amazonaws.com\"}", "{\"Federated\": \"accounts.google.com\"}", "{}", "\"someone\"", "[]"};

    private final Random random;

    PolicyMutator(Random random) {
        this.random = random;
    }

    /** A copy of the policy with one to four random changes. */
    JsonNode mutate(JsonNode policy) {
        JsonNode copy = policy.deepCopy();
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            copy = mutateOnce(copy);
        }
        return copy;
    }

    private JsonNode mutateOnce(JsonNode policy) {
        if (!policy.isObject() || !policy.path("Statement").isArray() || policy.get("Statement").isEmpty()) {
            return random.nextInt(3) == 0 ? randomValue(3) : policy;
        }
        ObjectNode root = (ObjectNode) policy;
        ArrayNode statements = (ArrayNode) root.get("Statement");
        JsonNode picked = statements.get(random.nextInt(statements.size()));
        if (!picked.isObject()) {
            return root;
        }
        ObjectNode statement = (ObjectNode) picked;
        switch (random.nextInt(14)) {
            case 0 -> dropOne(statement, "Action");
            case 1 -> statement.set("Action", someOf(ACTIONS));
            case 2 -> changeResource(statement);
            case 3 -> statements.add(randomDeny());
            case 4 -> wrapOrUnwrap(statement);
            case 5 -> statement.set(random.nextInt(5) == 0 ? "NotPrincipal" : "Principal", Json.parse(pick(PRINCIPALS)));
            case 6 -> statement.set("Condition", randomCondition());
            case 7 -> statement.remove(pick(new String[]{"Effect", "Action", "Resource", "Principal", "Sid", "Condition"}));
            case 8 -> statement.set(pick(new String[]{"Effect", "Action", "Resource", "Principal", "Condition", "Sid"}), randomValue(2));
            case 9 -> root.set("Statement", random.nextBoolean() ? statement : statements.add(statement.deepCopy()));
            case 10 -> rename(statement, "Action", "NotAction");
            case 11 -> rename(statement, "Resource", "NotResource");
            case 12 -> root.put("Version", pick(new String[]{"2012-10-17", "2008-10-17", "2024-01-01"}));
            default -> hostileNames(statement);
        }
        return root;
    }

    /** Sids, condition keys and values with quotes, newlines and control characters, as a pasted file may hold. */
    private void hostileNames(ObjectNode statement) {
        String hostile = pick(new String[]{"line\nbreak", "quote\"d", "tab\there", "nul\u0000x", "\u001b[31mred", "é\u2028x"});
        statement.put("Sid", hostile);
        ObjectNode condition = Json.object();
        condition.putObject(pick(OPERATORS)).put(hostile, hostile);
        statement.set("Condition", condition);
    }

    private void dropOne(ObjectNode statement, String field) {
        JsonNode value = statement.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            ((ArrayNode) value).remove(random.nextInt(value.size()));
        } else {
            statement.remove(field);
        }
    }

    private void changeResource(ObjectNode statement) {
        String resource = statement.path("Resource").isTextual() ? statement.get("Resource").textValue() : "arn:aws:s3:::metricly-example";
        String changed = switch (random.nextInt(7)) {
            case 0 -> resource.toUpperCase(Locale.ROOT);
            case 1 -> resource.replace("metricly-example", "other-bucket");
            case 2 -> resource.replace("/*", "/billing/*");
            case 3 -> resource.replace("/*", "");
            case 4 -> resource.replace("example", "*");
            case 5 -> resource.replace("arn:aws:", "arn:aws-cn:");
            default -> "*";
        };
        statement.put("Resource", changed);
    }

    private void wrapOrUnwrap(ObjectNode statement) {
        for (String field : new String[]{"Action", "Resource"}) {
            JsonNode value = statement.get(field);
            if (value == null) {
                continue;
            }
            if (value.isTextual()) {
                statement.set(field, Json.MAPPER.createArrayNode().add(value));
            } else if (value.isArray() && value.size() == 1) {
                statement.set(field, value.get(0));
            }
        }
    }

    private void rename(ObjectNode statement, String from, String to) {
        JsonNode value = statement.remove(from);
        if (value != null) {
            statement.set(to, value);
        }
    }

    private ObjectNode randomDeny() {
        ObjectNode deny = Json.object();
        if (random.nextBoolean()) {
            deny.put("Sid", "Deny" + random.nextInt(1000));
        }
        deny.put("Effect", "Deny");
        deny.set("Principal", Json.parse(pick(PRINCIPALS)));
        deny.set("Action", someOf(ACTIONS));
        deny.set("Resource", Json.MAPPER.createArrayNode().add("arn:aws:s3:::metricly-example").add("arn:aws:s3:::metricly-example/*"));
        deny.set("Condition", randomCondition());
        return deny;
    }

    private ObjectNode randomCondition() {
        ObjectNode condition = Json.object();
        int operators = 1 + random.nextInt(3);
        for (int i = 0; i < operators; i++) {
            ObjectNode block = condition.putObject(pick(OPERATORS));
            int keys = 1 + random.nextInt(2);
            for (int k = 0; k < keys; k++) {
                block.set(pick(KEYS), random.nextBoolean() ? Json.MAPPER.getNodeFactory().textNode(pick(VALUES)) : someOf(VALUES));
            }
        }
        return condition;
    }

    private ArrayNode someOf(String[] values) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            array.add(pick(values));
        }
        return array;
    }

    /** Any JSON value, nested at most {@code depth} levels. */
    JsonNode randomValue(int depth) {
        int kind = random.nextInt(depth <= 0 ? 4 : 6);
        return switch (kind) {
            case 0 -> Json.MAPPER.getNodeFactory().textNode(pick(VALUES));
            case 1 -> Json.MAPPER.getNodeFactory().numberNode(random.nextInt());
            case 2 -> Json.MAPPER.getNodeFactory().booleanNode(random.nextBoolean());
            case 3 -> Json.MAPPER.getNodeFactory().nullNode();
            case 4 -> {
                ArrayNode array = Json.MAPPER.createArrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = Json.object();
                String[] names = {"Version", "Statement", "Effect", "Action", "Resource", "Principal", "Condition", "Sid", "x"};
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(pick(names), randomValue(depth - 1));
                }
                yield object;
            }
        };
    }

    /** Text that is broken JSON: a valid policy cut short, with characters changed, or random characters. */
    String brokenText(String valid) {
        StringBuilder text = new StringBuilder(valid.substring(0, random.nextInt(valid.length() + 1)));
        for (int i = random.nextInt(4); i > 0 && !text.isEmpty(); i--) {
            text.setCharAt(random.nextInt(text.length()), (char) random.nextInt(0x3000));
        }
        if (random.nextInt(4) == 0) {
            List<Character> chars = new ArrayList<>();
            for (int i = random.nextInt(200); i > 0; i--) {
                chars.add((char) random.nextInt(0xFFFF));
            }
            chars.forEach(text::append);
        }
        return text.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
