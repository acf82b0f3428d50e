package io.billingpilot.iac;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.billingpilot.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the generated infrastructure code back as the tools would, to take the policies out of
 * it: a CloudFormation template resolved with its parameters' defaults and the deploying
 * account, a Terraform file parsed by a real HCL parser (hcl4j, which evaluates
 * {@code jsonencode} and variable defaults) with the caller-identity lookup set to the account.
 */
final class Templates {
    private static final Pattern SUB = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private Templates() {
    }

    /** The three policies of a setup: bucket policy, trust policy, permissions policy. */
    record Policies(JsonNode bucketPolicy, JsonNode trustPolicy, JsonNode permissionsPolicy) {
    }

    static Policies fromCloudFormation(String text, String account) {
        JsonNode template = Json.parse(text);
        JsonNode resources = template.get("Resources");
        return new Policies(
                resolve(resources.at("/ReportBucketPolicy/Properties/PolicyDocument"), template, account),
                resolve(resources.at("/ReaderRole/Properties/AssumeRolePolicyDocument"), template, account),
                resolve(resources.at("/ReaderRole/Properties/Policies/0/PolicyDocument"), template, account));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parseTerraform(String text) {
        try {
            return new HCLParser().parse(new java.io.StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("hcl4j refuses the Terraform file: " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Policies fromTerraform(String text, String account) {
        Map<String, Object> resources = (Map<String, Object>) parseTerraform(text).get("resource");
        return new Policies(policy(resources, "aws_s3_bucket_policy", "reports", "policy", account),
                policy(resources, "aws_iam_role", "reader", "assume_role_policy", account),
                policy(resources, "aws_iam_role_policy", "reader", "policy", account));
    }

    @SuppressWarnings("unchecked")
    private static JsonNode policy(Map<String, Object> resources, String type, String name, String attribute,
                                   String account) {
        Map<String, Object> resource = (Map<String, Object>) ((Map<String, Object>) resources.get(type)).get(name);
        Object value = resource.get(attribute);
        if (!(value instanceof String json)) {
            throw new AssertionError(type + "." + name + "." + attribute + " is not a JSON string after parsing: " + value);
        }
        return Json.parse(json.replace("data.aws_caller_identity.current.account_id", account));
    }

    /** The value with Ref and Fn::Sub of parameters (their defaults) and pseudo parameters resolved. */
    static JsonNode resolve(JsonNode node, JsonNode template, String account) {
        if (node.isObject() && node.size() == 1 && node.has("Fn::Sub")) {
            Matcher names = SUB.matcher(node.get("Fn::Sub").asText());
            StringBuilder out = new StringBuilder();
            while (names.find()) {
                names.appendReplacement(out, Matcher.quoteReplacement(parameter(names.group(1), template, account)));
            }
            names.appendTail(out);
            return new TextNode(out.toString().replace("${!", "${"));
        }
        if (node.isObject() && node.size() == 1 && node.has("Ref")) {
            return new TextNode(parameter(node.get("Ref").asText(), template, account));
        }
        if (node.isObject()) {
            ObjectNode copy = Json.object();
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.fields().forEachRemaining(fields::add);
            fields.forEach(field -> copy.set(field.getKey(), resolve(field.getValue(), template, account)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = Json.MAPPER.createArrayNode();
            node.forEach(item -> copy.add(resolve(item, template, account)));
            return copy;
        }
        return node;
    }

    private static String parameter(String name, JsonNode template, String account) {
        return switch (name) {
            case "AWS::AccountId" -> account;
            case "AWS::Partition" -> "aws";
            case "AWS::Region" -> "us-east-1";
            default -> {
                JsonNode value = template.at("/Parameters/" + name + "/Default");
                if (!value.isTextual()) {
                    throw new AssertionError("The parameter " + name + " has no default to resolve it with.");
                }
                yield value.asText();
            }
        };
    }
}
