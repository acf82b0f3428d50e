package io.billingpilot.policy.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.Finding;
import io.billingpilot.core.Texts;
import io.billingpilot.json.Json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a bucket policy in every shape AWS accepts into a {@link PolicyDocument}, and reports
 * what AWS would refuse as findings. A statement AWS would refuse is left out of the model
 * (its findings say why), so the rest can still be evaluated.
 */
public final class PolicyParser {
    private static final Set<String> PRINCIPAL_TYPES = Set.of("AWS", "Service", "Federated", "CanonicalUser");

    private final List<Finding> problems = new ArrayList<>();
    /** Which kind of policy is read: each leaves out a different element. */
    private enum Kind {
        /** A bucket policy: Principal, Action and Resource. */
        RESOURCE,
        /** Attached to a role or user: no Principal, it applies to its holder. */
        IDENTITY,
        /** A role's trust policy: no Resource, the role itself is the resource. */
        TRUST
    }

    private final Kind kind;

    private PolicyParser() {
        this(Kind.RESOURCE);
    }

    private PolicyParser(Kind kind) {
        this.kind = kind;
    }

    /** The model and the problems found; the document is null when the JSON is not a policy at all. */
    public record Result(PolicyDocument document, List<Finding> problems) {
    }

    public static Result parse(JsonNode root) {
        PolicyParser parser = new PolicyParser();
        PolicyDocument document = parser.document(root);
        return new Result(document, List.copyOf(parser.problems));
    }

    /**
     * An identity-based policy, such as a role's permissions policy. Its statements name no
     * principal (IAM refuses one there); each applies to whoever holds the policy, so the model
     * gives them a principal that matches every caller.
     */
    public static Result parseIdentity(JsonNode root) {
        PolicyParser parser = new PolicyParser(Kind.IDENTITY);
        PolicyDocument document = parser.document(root);
        return new Result(document, List.copyOf(parser.problems));
    }

    /**
     * A role's trust policy. Its statements name no resource (IAM refuses one there): the role
     * is the resource, so the model gives them a resource that matches any.
     */
    public static Result parseTrust(JsonNode root) {
        PolicyParser parser = new PolicyParser(Kind.TRUST);
        PolicyDocument document = parser.document(root);
        return new Result(document, List.copyOf(parser.problems));
    }

    /** The statements of a Statement element, which is one statement object or an array; null for anything else. */
    public static List<JsonNode> statementNodes(JsonNode statementElement) {
        List<JsonNode> nodes = new ArrayList<>();
        if (statementElement.isArray()) {
            statementElement.forEach(nodes::add);
        } else if (statementElement.isObject()) {
            nodes.add(statementElement);
        } else {
            return null;
        }
        return nodes;
    }

    /** One statement in the model, or null when AWS would refuse it. */
    public static Statement statement(JsonNode node, int index, boolean variables) {
        return new PolicyParser().statementOf(node, index, variables);
    }

    private PolicyDocument document(JsonNode root) {
        if (!root.isObject()) {
            problems.add(Finding.error("not-a-policy", "This is JSON, but " + Json.describe(root)
                    + ", not a policy: a bucket policy is an object with a \"Statement\".",
                    "Paste the whole bucket policy, from the opening { to the closing }."));
            return null;
        }
        JsonNode statementNode = root.get("Statement");
        if (statementNode == null) {
            problems.add(Finding.error("not-a-policy", "This JSON object has no \"Statement\", so it is not a policy.",
                    "Paste the bucket policy itself (S3 console > bucket > Permissions > Bucket policy)."));
            return null;
        }
        String version = text(root.get("Version"));
        checkVersion(root.get("Version"));
        String id = text(root.get("Id"));
        List<JsonNode> rawStatements = statementNodes(statementNode);
        if (rawStatements == null) {
            problems.add(Finding.error("not-a-policy", "\"Statement\" is " + Json.describe(statementNode)
                    + "; it must be a statement object or an array of them.", "Write \"Statement\": [ {...}, {...} ]."));
            return null;
        }
        if (rawStatements.isEmpty()) {
            problems.add(Finding.error("no-statements", "The policy has no statements, so it grants nothing.",
                    "Add the billing statements (run the 'policy' command or copy them from the guide)."));
        }
        boolean variables = PolicyDocument.VERSION_2012.equals(version);
        List<Statement> statements = new ArrayList<>();
        Set<String> sids = new HashSet<>();
        for (int i = 0; i < rawStatements.size(); i++) {
            Statement statement = statementOf(rawStatements.get(i), i, variables);
            if (statement != null) {
                statements.add(statement);
            }
            String sid = text(rawStatements.get(i).get("Sid"));
            if (sid != null && !sids.add(sid)) {
                problems.add(Finding.error("sid-duplicate", "Two statements have the Sid \"" + Texts.clip(sid)
                        + "\"; AWS refuses a policy whose Sids are not unique.", "Rename one of them."));
            }
        }
        return new PolicyDocument(version, id, List.copyOf(statements), (ObjectNode) root);
    }

    private void checkVersion(JsonNode version) {
        if (version == null) {
            return;
        }
        String value = text(version);
        if (!PolicyDocument.VERSION_2008.equals(value) && !PolicyDocument.VERSION_2012.equals(value)) {
            problems.add(Finding.error("version-invalid", "\"Version\" is " + shown(version)
                    + "; AWS accepts only \"2012-10-17\" or \"2008-10-17\".", "Write \"Version\": \"2012-10-17\"."));
        }
    }

    private Statement statementOf(JsonNode node, int index, boolean variables) {
        if (!node.isObject()) {
            problems.add(invalid(Statement.label(null, index), "is " + Json.describe(node) + ", not a statement object",
                    "Each statement is an object with Effect, Principal, Action and Resource."));
            return null;
        }
        ObjectNode json = (ObjectNode) node;
        String sid = json.has("Sid") ? text(json.get("Sid")) : null;
        String label = Statement.label(sid, index);
        int before = problems.size();
        if (json.has("Sid") && sid == null) {
            problems.add(invalid(label, "has a Sid that is not a string", "Make the Sid a string."));
        }
        String effect = text(json.get("Effect"));
        if (!"Allow".equals(effect) && !"Deny".equals(effect)) {
            problems.add(invalid(label, json.has("Effect") ? "has the Effect " + shown(json.get("Effect"))
                    : "has no Effect", "Write \"Effect\": \"Allow\" or \"Effect\": \"Deny\"."));
        }
        String principalField;
        Principals principal;
        if (kind == Kind.IDENTITY) {
            principalField = "Principal";
            principal = Principals.everyone();
            if (json.has("Principal") || json.has("NotPrincipal")) {
                problems.add(invalid(label, "names a principal, which an identity-based policy must not",
                        "Remove \"Principal\": the policy applies to the role or user it is attached to."));
            }
        } else {
            principalField = exactlyOne(json, label, "Principal", "NotPrincipal");
            principal = principalField == null ? null : principals(json.get(principalField), label, principalField);
        }
        String actionField = exactlyOne(json, label, "Action", "NotAction");
        List<String> actions = actionField == null ? null : strings(json.get(actionField), label, actionField);
        if (actions != null) {
            checkActions(actions, label, actionField);
        }
        String resourceField;
        List<String> resources;
        if (kind == Kind.TRUST) {
            resourceField = "Resource";
            resources = List.of("*");
            if (json.has("Resource") || json.has("NotResource")) {
                problems.add(invalid(label, "names a resource, which a trust policy must not",
                        "Remove \"Resource\": the role itself is what the trust policy guards."));
            }
        } else {
            resourceField = exactlyOne(json, label, "Resource", "NotResource");
            resources = resourceField == null ? null : strings(json.get(resourceField), label, resourceField);
        }
        List<Condition> conditions = conditions(json.get("Condition"), label);
        if (problems.size() > before || principal == null || actions == null || resources == null) {
            return null;
        }
        return new Statement(index, sid, "Allow".equals(effect), principal, principalField.equals("NotPrincipal"),
                actions, actionField.equals("NotAction"), resources, resourceField.equals("NotResource"),
                conditions, variables, json);
    }

    /** The one of two exclusive fields the statement has, or null (with a finding) when it has none or both. */
    private String exactlyOne(ObjectNode json, String label, String field, String notField) {
        boolean has = json.has(field);
        boolean hasNot = json.has(notField);
        if (has && hasNot) {
            problems.add(invalid(label, "has both " + field + " and " + notField, "Keep only one of them."));
            return null;
        }
        if (!has && !hasNot) {
            problems.add(invalid(label, "has no " + field + " (a bucket policy statement needs one)",
                    "Add \"" + field + "\"."));
            return null;
        }
        return has ? field : notField;
    }

    private Principals principals(JsonNode node, String label, String field) {
        if (node.isTextual() && node.textValue().equals("*")) {
            return Principals.everyone();
        }
        if (!node.isObject() || node.isEmpty()) {
            problems.add(invalid(label, "has a " + field + " that is " + shown(node),
                    "Write \"" + field + "\": \"*\" or an object such as {\"AWS\": \"arn:aws:iam::123456789012:root\"}."));
            return null;
        }
        List<String> aws = List.of();
        List<String> services = List.of();
        List<String> others = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            List<String> values = strings(entry.getValue(), label, field + "." + entry.getKey());
            if (values == null) {
                return null;
            }
            switch (entry.getKey()) {
                case "AWS" -> aws = values;
                case "Service" -> services = values;
                default -> {
                    if (!PRINCIPAL_TYPES.contains(entry.getKey())) {
                        problems.add(invalid(label, "has an unknown principal type \"" + Texts.clip(entry.getKey()) + "\"",
                                "Use AWS, Service, Federated or CanonicalUser."));
                        return null;
                    }
                    others.addAll(values);
                }
            }
        }
        return new Principals(false, aws, services, List.copyOf(others));
    }

    private void checkActions(List<String> actions, String label, String field) {
        for (String action : actions) {
            int colon = action.indexOf(':');
            if (!action.equals("*") && (colon <= 0 || colon == action.length() - 1)) {
                problems.add(invalid(label, "has the " + field + " \"" + Texts.clip(action)
                        + "\", which is not service:action", "Write actions like \"s3:PutObject\"."));
            }
        }
    }

    private List<Condition> conditions(JsonNode node, String label) {
        if (node == null) {
            return List.of();
        }
        if (!node.isObject()) {
            problems.add(conditionInvalid(label, "Condition is " + Json.describe(node) + ", not an object"));
            return List.of();
        }
        List<Condition> conditions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> operators = node.fields(); operators.hasNext(); ) {
            Map.Entry<String, JsonNode> block = operators.next();
            ConditionOperator operator = ConditionOperator.parse(block.getKey());
            if (operator == null) {
                problems.add(conditionInvalid(label, "the condition operator \"" + Texts.clip(block.getKey())
                        + "\" is not one IAM knows"));
                continue;
            }
            if (!block.getValue().isObject() || block.getValue().isEmpty()) {
                problems.add(conditionInvalid(label, block.getKey() + " must map condition keys to values"));
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> keys = block.getValue().fields(); keys.hasNext(); ) {
                Map.Entry<String, JsonNode> test = keys.next();
                List<String> values = scalars(test.getValue());
                if (values == null) {
                    problems.add(conditionInvalid(label, block.getKey() + " " + Texts.clip(test.getKey())
                            + " must have a value or an array of values"));
                    continue;
                }
                conditions.add(new Condition(operator, test.getKey(), values));
            }
        }
        return List.copyOf(conditions);
    }

    /** A string or a non-empty array of strings; null (with a finding) otherwise. */
    private List<String> strings(JsonNode node, String label, String field) {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.textValue());
        } else if (node.isArray() && !node.isEmpty()) {
            for (JsonNode item : node) {
                if (!item.isTextual()) {
                    values = null;
                    break;
                }
                values.add(item.textValue());
            }
        } else {
            values = null;
        }
        if (values == null) {
            problems.add(invalid(label, "has a " + field + " that is " + shown(node),
                    "Give " + field + " as a string or an array of strings."));
            return null;
        }
        return List.copyOf(values);
    }

    /** Condition values: strings, numbers or booleans, alone or in a non-empty array. */
    private static List<String> scalars(JsonNode node) {
        if (node.isValueNode() && !node.isNull()) {
            return List.of(node.asText());
        }
        if (!node.isArray() || node.isEmpty()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.isNull()) {
                return null;
            }
            values.add(item.asText());
        }
        return List.copyOf(values);
    }

    private static Finding invalid(String label, String problem, String fix) {
        return Finding.error("statement-invalid", "The " + label + " " + problem + "; AWS refuses such a policy.", fix);
    }

    private static Finding conditionInvalid(String label, String problem) {
        return Finding.error("condition-invalid", "In the " + label + ", " + problem + "; AWS refuses such a policy.",
                "Use an operator such as StringEquals, StringLike, ArnLike, Bool or IpAddress with {\"key\": \"value\"}.");
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** A JSON value quoted for a message, kept to one short line. */
    private static String shown(JsonNode node) {
        return node.isValueNode() ? Texts.clip(node.toString()) : Json.describe(node);
    }
}
