package io.billingpilot.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.json.Json;
import io.billingpilot.policy.PolicyFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The setup as a CloudFormation template (JSON): AWS::S3::Bucket, AWS::S3::BucketPolicy,
 * AWS::BCMDataExports::Export or AWS::CUR::ReportDefinition, AWS::IAM::Role. Parameters for what
 * differs between accounts, outputs for what the tool needs. Policy strings that name a
 * parameter become {@code Fn::Sub}; a literal {@code ${...}} in them (an IAM policy variable) is
 * escaped as {@code ${!...}} so CloudFormation leaves it alone.
 */
public final class CloudFormationTemplate {
    public static final String BUCKET = "ReportBucket";
    public static final String BUCKET_POLICY = "ReportBucketPolicy";
    public static final String EXPORT = "BillingExport";
    public static final String REPORT_DEFINITION = "ReportDefinition";
    public static final String ROLE = "ReaderRole";
    public static final String ROLE_POLICY_NAME = "ReadBillingReports";

    private CloudFormationTemplate() {
    }

    public static String render(Setup setup) {
        return PolicyFormat.pretty(template(setup)) + "\n";
    }

    public static ObjectNode template(Setup setup) {
        ObjectNode template = Json.object();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", "billing-pilot: the S3 bucket for billing reports, its bucket policy, "
                + (setup.export() == null ? "" : setup.export().isDataExport() ? "the Data Export, "
                : "the legacy Cost and Usage Report, ") + "and the read-only role of " + setup.tool().name() + ".");
        ArrayNode notes = template.putObject("Metadata").putObject("BillingPilot").putArray("Notes");
        setup.notes(IacFormat.CLOUDFORMATION).forEach(notes::add);
        parameters(template.putObject("Parameters"), setup);
        if (setup.export() != null) {
            ObjectNode assertion = template.putObject("Rules").putObject("DeployInUsEast1").putArray("Assertions").addObject();
            ArrayNode equals = assertion.putObject("Assert").putArray("Fn::Equals");
            equals.add(ref("AWS::Region"));
            equals.add("us-east-1");
            assertion.put("AssertDescription", "AWS creates " + (setup.export().isDataExport() ? "Data Exports"
                    : "Cost and Usage Report definitions") + " only in us-east-1: deploy this stack there.");
        }
        ObjectNode resources = template.putObject("Resources");
        resources.set(BUCKET, bucket());
        resources.set(BUCKET_POLICY, bucketPolicy(setup));
        if (setup.export() != null) {
            if (setup.export().isDataExport()) {
                resources.set(EXPORT, dataExport(setup.export()));
            } else {
                resources.set(REPORT_DEFINITION, reportDefinition(setup.export()));
            }
        }
        resources.set(ROLE, role(setup));
        outputs(template.putObject("Outputs"), setup);
        return template;
    }

    private static void parameters(ObjectNode parameters, Setup setup) {
        parameter(parameters, "BucketName", setup.bucket(), "The S3 bucket that receives the billing reports "
                + "(lowercase, exactly as the tool will be given it).");
        if (setup.export() != null) {
            parameter(parameters, nameParameter(setup), setup.exportName(), setup.export().isDataExport()
                    ? "The Data Export's name." : "The legacy Cost and Usage Report's name.");
        }
        parameter(parameters, "ToolAccountId", setup.toolAccount(), "The AWS account of " + setup.tool().name()
                + " that assumes the role. " + setup.tool().accountHint());
        parameter(parameters, "ExternalId", setup.externalId(), "The External ID shown on " + setup.tool().name()
                + "'s integration page; the role requires it.");
        parameter(parameters, "RoleName", setup.roleName(), "The name of the tool's read-only role.");
    }

    private static String nameParameter(Setup setup) {
        return setup.export().isDataExport() ? "ExportName" : "ReportName";
    }

    private static void parameter(ObjectNode parameters, String name, String defaultOrNull, String description) {
        ObjectNode parameter = parameters.putObject(name);
        parameter.put("Type", "String");
        if (defaultOrNull != null) {
            parameter.put("Default", defaultOrNull);
        }
        parameter.put("Description", description);
    }

    private static ObjectNode bucket() {
        ObjectNode resource = resource("AWS::S3::Bucket");
        resource.put("DeletionPolicy", "Retain");
        resource.put("UpdateReplacePolicy", "Retain");
        ObjectNode properties = resource.putObject("Properties");
        properties.set("BucketName", ref("BucketName"));
        properties.putObject("BucketEncryption").putArray("ServerSideEncryptionConfiguration").addObject()
                .putObject("ServerSideEncryptionByDefault").put("SSEAlgorithm", "AES256");
        ObjectNode block = properties.putObject("PublicAccessBlockConfiguration");
        for (String setting : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
            block.put(setting, true);
        }
        properties.putObject("OwnershipControls").putArray("Rules").addObject()
                .put("ObjectOwnership", "BucketOwnerEnforced");
        return resource;
    }

    private static ObjectNode bucketPolicy(Setup setup) {
        ObjectNode resource = resource("AWS::S3::BucketPolicy");
        ObjectNode properties = resource.putObject("Properties");
        properties.set("Bucket", ref(BUCKET));
        properties.set("PolicyDocument", substituted(setup.bucketPolicy()));
        return resource;
    }

    private static ObjectNode dataExport(ExportDefinition definition) {
        ObjectNode resource = resource("AWS::BCMDataExports::Export");
        resource.put("DependsOn", BUCKET_POLICY);
        ObjectNode export = resource.putObject("Properties").putObject("Export");
        export.set("Name", ref("ExportName"));
        ObjectNode query = export.putObject("DataQuery");
        query.put("QueryStatement", definition.queryStatement());
        ObjectNode tables = query.putObject("TableConfigurations");
        for (Map.Entry<String, Map<String, String>> table : definition.tableConfigurations().entrySet()) {
            ObjectNode options = tables.putObject(table.getKey());
            table.getValue().forEach(options::put);
        }
        ObjectNode destination = export.putObject("DestinationConfigurations").putObject("S3Destination");
        destination.set("S3Bucket", ref(BUCKET));
        destination.put("S3Prefix", definition.prefix());
        destination.set("S3Region", ref("AWS::Region"));
        ObjectNode output = destination.putObject("S3OutputConfigurations");
        output.put("OutputType", "CUSTOM");
        output.put("Format", definition.format().dataExportsFormat());
        output.put("Compression", definition.format().dataExportsCompression());
        output.put("Overwrite", definition.versioning().apiValue());
        export.putObject("RefreshCadence").put("Frequency", "SYNCHRONOUS");
        return resource;
    }

    private static ObjectNode reportDefinition(ExportDefinition definition) {
        ObjectNode resource = resource("AWS::CUR::ReportDefinition");
        resource.put("DependsOn", BUCKET_POLICY);
        ObjectNode properties = resource.putObject("Properties");
        properties.set("ReportName", ref("ReportName"));
        properties.put("TimeUnit", definition.granularity().apiValue());
        properties.put("Format", definition.format().curFormat());
        properties.put("Compression", definition.format().curCompression());
        ArrayNode elements = properties.putArray("AdditionalSchemaElements");
        definition.additionalSchemaElements().forEach(elements::add);
        properties.set("S3Bucket", ref(BUCKET));
        properties.put("S3Prefix", definition.prefix());
        properties.set("S3Region", ref("AWS::Region"));
        properties.put("RefreshClosedReports", true);
        properties.put("ReportVersioning", definition.versioning().apiValue());
        return resource;
    }

    private static ObjectNode role(Setup setup) {
        ObjectNode resource = resource("AWS::IAM::Role");
        ObjectNode properties = resource.putObject("Properties");
        properties.set("RoleName", ref("RoleName"));
        properties.put("Description", "Lets " + setup.tool().name() + " read the billing reports, nothing else.");
        properties.set("AssumeRolePolicyDocument", substituted(setup.trustPolicy()));
        ObjectNode policy = properties.putArray("Policies").addObject();
        policy.put("PolicyName", ROLE_POLICY_NAME);
        policy.set("PolicyDocument", substituted(setup.permissionsPolicy()));
        return resource;
    }

    private static void outputs(ObjectNode outputs, Setup setup) {
        output(outputs, "BucketName", ref(BUCKET), "The bucket name to paste into the tool (letter case matters).");
        if (setup.prefix() != null) {
            output(outputs, "ReportPrefix", new TextNode(setup.prefix()), "The report path prefix.");
        }
        if (setup.export() != null) {
            output(outputs, nameParameter(setup), ref(nameParameter(setup)), setup.export().isDataExport()
                    ? "The Data Export's name." : "The report's name.");
        }
        if (setup.export() != null && setup.export().isDataExport()) {
            output(outputs, "ExportArn", getAtt(EXPORT, "ExportArn"), "The Data Export's ARN.");
        }
        output(outputs, "RoleArn", getAtt(ROLE, "Arn"), "The role ARN to paste into the tool's integration page.");
        output(outputs, "ExternalId", ref("ExternalId"), "The External ID the role requires.");
    }

    private static void output(ObjectNode outputs, String name, JsonNode value, String description) {
        ObjectNode output = outputs.putObject(name);
        output.put("Description", description);
        output.set("Value", value);
    }

    /** A policy whose marked strings become Fn::Sub with the parameters they name. */
    static JsonNode substituted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = Json.object();
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.fields().forEachRemaining(fields::add);
            fields.forEach(field -> copy.set(field.getKey(), substituted(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = Json.MAPPER.createArrayNode();
            node.forEach(item -> copy.add(substituted(item)));
            return copy;
        }
        if (node.isTextual() && Token.marked(node.textValue())) {
            String escaped = node.textValue().replace("${", "${!");
            ObjectNode sub = Json.object();
            sub.put("Fn::Sub", Token.replace(escaped, token -> "${" + token.cloudFormation() + "}"));
            return sub;
        }
        return node;
    }

    private static ObjectNode resource(String type) {
        ObjectNode resource = Json.object();
        resource.put("Type", type);
        return resource;
    }

    private static ObjectNode ref(String name) {
        ObjectNode ref = Json.object();
        ref.put("Ref", name);
        return ref;
    }

    private static ObjectNode getAtt(String resource, String attribute) {
        ObjectNode getAtt = Json.object();
        ArrayNode target = getAtt.putArray("Fn::GetAtt");
        target.add(resource);
        target.add(attribute);
        return getAtt;
    }
}
