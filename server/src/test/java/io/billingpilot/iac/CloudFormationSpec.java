package io.billingpilot.iac;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Validates a CloudFormation template against the CloudFormation resource specification as the
 * pinned npm package {@code @aws-cdk/aws-service-spec} ships it ({@code db.json.gz}, installed
 * into {@code target/cfn-spec} by {@code src/test/cfn-spec/install} during the build):
 * every resource type exists, every property is known, required properties are there, values
 * have the property's type and one of its allowed values, and every Ref, GetAtt and DependsOn
 * names something the template or CloudFormation defines. It cannot check what the
 * specification does not say: cross-property rules (e.g. Parquet needs overwrite), whether a
 * service accepts a value at deployment, or resource types newer than the package.
 */
final class CloudFormationSpec {
    static final Path DB = Path.of("target", "cfn-spec", "node_modules", "@aws-cdk", "aws-service-spec", "db.json.gz");
    private static final Set<String> TEMPLATE_SECTIONS = Set.of("AWSTemplateFormatVersion", "Description", "Metadata",
            "Parameters", "Rules", "Mappings", "Conditions", "Transform", "Resources", "Outputs");
    private static final Set<String> RESOURCE_ATTRIBUTES = Set.of("Type", "Properties", "DependsOn", "DeletionPolicy",
            "UpdateReplacePolicy", "Metadata", "Condition", "CreationPolicy", "UpdatePolicy");
    private static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs",
            "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

    private static CloudFormationSpec shared;

    private final Map<String, JsonNode> resources = new HashMap<>();
    private final Map<String, JsonNode> types = new HashMap<>();

    private CloudFormationSpec(JsonNode db) {
        for (JsonNode resource : db.at("/schema/resource/entities")) {
            resources.put(resource.get("cloudFormationType").asText(), resource);
        }
        for (JsonNode type : db.at("/schema/typeDefinition/entities")) {
            types.put(type.get("$id").asText(), type);
        }
    }

    /** The specification, read once per test run (about 15 MB of JSON). */
    static synchronized CloudFormationSpec load() {
        if (shared == null) {
            if (!Files.isRegularFile(DB)) {
                throw new IllegalStateException(DB + " is missing: the build installs it (src/test/cfn-spec/install) "
                        + "in the generate-test-resources phase; run the tests through Maven.");
            }
            ObjectMapper mapper = new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints
                    .builder().maxStringLength(Integer.MAX_VALUE).maxDocumentLength(Long.MAX_VALUE).build()).build());
            try (InputStream in = new GZIPInputStream(Files.newInputStream(DB))) {
                shared = new CloudFormationSpec(mapper.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    boolean knows(String resourceType) {
        return resources.containsKey(resourceType);
    }

    /** Every problem found; empty when the template conforms. */
    List<String> validate(JsonNode template) {
        List<String> problems = new ArrayList<>();
        template.fieldNames().forEachRemaining(section -> {
            if (!TEMPLATE_SECTIONS.contains(section)) {
                problems.add("unknown template section " + section);
            }
        });
        JsonNode resourcesNode = template.path("Resources");
        if (!resourcesNode.isObject() || resourcesNode.isEmpty()) {
            problems.add("the template has no Resources");
            return problems;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> parameter = it.next();
            if (!parameter.getValue().path("Type").isTextual()) {
                problems.add("parameter " + parameter.getKey() + " has no Type");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = resourcesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            resource(template, entry.getKey(), entry.getValue(), problems);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Outputs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> output = it.next();
            if (!output.getValue().has("Value")) {
                problems.add("output " + output.getKey() + " has no Value");
            } else {
                intrinsics(template, output.getValue().get("Value"), "output " + output.getKey(), problems);
            }
        }
        return problems;
    }

    private void resource(JsonNode template, String name, JsonNode resource, List<String> problems) {
        String type = resource.path("Type").asText();
        JsonNode spec = resources.get(type);
        if (spec == null) {
            problems.add(name + ": the specification has no resource type " + type);
            return;
        }
        resource.fieldNames().forEachRemaining(attribute -> {
            if (!RESOURCE_ATTRIBUTES.contains(attribute)) {
                problems.add(name + ": unknown resource attribute " + attribute);
            }
        });
        JsonNode dependsOn = resource.path("DependsOn");
        List<String> dependencies = new ArrayList<>();
        if (dependsOn.isTextual()) {
            dependencies.add(dependsOn.asText());
        } else {
            dependsOn.forEach(item -> dependencies.add(item.asText()));
        }
        dependencies.stream().filter(dependency -> !template.path("Resources").has(dependency))
                .forEach(dependency -> problems.add(name + ": DependsOn names no resource " + dependency));
        properties(template, name, spec.path("properties"), resource.path("Properties"), problems);
    }

    private void properties(JsonNode template, String where, JsonNode specProperties, JsonNode given,
                            List<String> problems) {
        if (!given.isMissingNode() && !given.isObject()) {
            problems.add(where + ": Properties is not an object");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = specProperties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (property.getValue().path("required").asBoolean() && !given.has(property.getKey())) {
                problems.add(where + ": required property " + property.getKey() + " is missing");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode spec = specProperties.get(property.getKey());
            String path = where + "." + property.getKey();
            if (spec == null) {
                problems.add(path + ": the specification has no such property");
                continue;
            }
            value(template, path, spec.get("type"), property.getValue(), problems);
        }
    }

    private void value(JsonNode template, String path, JsonNode type, JsonNode value, List<String> problems) {
        if (isIntrinsic(value)) {
            intrinsics(template, value, path, problems);
            return;
        }
        String kind = type.path("type").asText();
        switch (kind) {
            case "string", "date-time" -> {
                if (!value.isTextual() && !value.isNumber()) {
                    problems.add(path + ": expected a string, found " + value.getNodeType());
                } else if (type.has("allowedValues")) {
                    List<String> allowed = new ArrayList<>();
                    type.get("allowedValues").forEach(item -> allowed.add(item.asText()));
                    if (!allowed.contains(value.asText())) {
                        problems.add(path + ": '" + value.asText() + "' is not one of " + allowed);
                    }
                }
            }
            case "boolean" -> {
                if (!value.isBoolean() && !(value.isTextual() && Set.of("true", "false").contains(value.asText()))) {
                    problems.add(path + ": expected a boolean, found " + value.getNodeType());
                }
            }
            case "number", "integer" -> {
                if (!value.isNumber() && !(value.isTextual() && value.asText().matches("-?\\d+(\\.\\d+)?"))) {
                    problems.add(path + ": expected a number, found " + value.getNodeType());
                }
            }
            case "json" -> {
                if (!value.isObject() && !value.isTextual()) {
                    problems.add(path + ": expected a JSON object, found " + value.getNodeType());
                } else {
                    intrinsics(template, value, path, problems);
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(path + ": expected a list, found " + value.getNodeType());
                } else {
                    int i = 0;
                    for (JsonNode item : value) {
                        value(template, path + "[" + i++ + "]", type.get("element"), item, problems);
                    }
                }
            }
            case "map" -> {
                if (!value.isObject()) {
                    problems.add(path + ": expected a map, found " + value.getNodeType());
                } else {
                    value.fields().forEachRemaining(entry -> value(template, path + "." + entry.getKey(),
                            type.get("element"), entry.getValue(), problems));
                }
            }
            case "ref" -> {
                JsonNode definition = types.get(type.at("/reference/$ref").asText());
                if (!value.isObject()) {
                    problems.add(path + ": expected an object, found " + value.getNodeType());
                } else if (definition != null) {
                    properties(template, path, definition.path("properties"), value, problems);
                }
            }
            case "tag" -> {
                if (!value.isObject() || !value.has("Key") || !value.has("Value")) {
                    problems.add(path + ": expected a tag {Key, Value}");
                }
            }
            case "union" -> {
                for (JsonNode option : type.path("types")) {
                    List<String> tried = new ArrayList<>();
                    value(template, path, option, value, tried);
                    if (tried.isEmpty()) {
                        return;
                    }
                }
                problems.add(path + ": matches none of the property's types");
            }
            default -> {
                // A kind this validator does not know: accepted, and named in the README as unchecked.
            }
        }
    }

    private static boolean isIntrinsic(JsonNode value) {
        if (!value.isObject() || value.size() != 1) {
            return false;
        }
        String key = value.fieldNames().next();
        return key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition");
    }

    /** Every Ref and GetAtt inside the value names a parameter, resource, pseudo parameter or known attribute. */
    private void intrinsics(JsonNode template, JsonNode value, String path, List<String> problems) {
        if (value.isArray()) {
            value.forEach(item -> intrinsics(template, item, path, problems));
            return;
        }
        if (!value.isObject()) {
            return;
        }
        if (value.has("Ref") && value.size() == 1) {
            String target = value.get("Ref").asText();
            if (!PSEUDO_PARAMETERS.contains(target) && !template.path("Parameters").has(target)
                    && !template.path("Resources").has(target)) {
                problems.add(path + ": Ref names nothing: " + target);
            }
            return;
        }
        if (value.has("Fn::GetAtt") && value.size() == 1) {
            JsonNode target = value.get("Fn::GetAtt");
            String resource = target.path(0).asText();
            String attribute = target.path(1).asText();
            JsonNode declared = template.path("Resources").path(resource);
            JsonNode spec = resources.get(declared.path("Type").asText());
            if (declared.isMissingNode()) {
                problems.add(path + ": GetAtt names no resource " + resource);
            } else if (spec != null && !spec.path("attributes").has(attribute)) {
                problems.add(path + ": " + declared.path("Type").asText() + " has no attribute " + attribute);
            }
            return;
        }
        if (value.has("Fn::Sub") && value.size() == 1 && value.get("Fn::Sub").isTextual()) {
            java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\$\\{([^!}][^}]*)}")
                    .matcher(value.get("Fn::Sub").asText());
            while (names.find()) {
                String name = names.group(1);
                String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                if (!PSEUDO_PARAMETERS.contains(name) && !template.path("Parameters").has(base)
                        && !template.path("Resources").has(base)) {
                    problems.add(path + ": Fn::Sub names nothing: " + name);
                }
            }
            return;
        }
        value.forEach(item -> intrinsics(template, item, path, problems));
    }
}
