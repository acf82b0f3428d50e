package io.billingpilot.iac;

import io.billingpilot.exports.ExportDefinition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The setup as one Terraform file for the AWS provider: the bucket and its settings, its
 * policy, {@code aws_bcmdataexports_export} or {@code aws_cur_report_definition} (through a
 * provider for us-east-1), and the tool's role with its inline policy. Variables for what
 * differs between accounts, outputs for what the tool needs. Policies are written with
 * {@code jsonencode} so Terraform sees their structure.
 */
public final class TerraformConfig {
    public static final String BUCKET = "aws_s3_bucket.reports";
    public static final String BILLING_PROVIDER = "aws.billing";

    private TerraformConfig() {
    }

    public static String render(Setup setup) {
        Hcl hcl = new Hcl();
        hcl.comment("billing-pilot: the S3 bucket for billing reports, its bucket policy, "
                + (setup.export() == null ? "" : setup.export().isDataExport() ? "the Data Export, "
                : "the legacy Cost and Usage Report, ") + "and the read-only role of " + setup.tool().name() + ".");
        setup.notes(IacFormat.TERRAFORM).forEach(note -> hcl.comment("- " + note));
        hcl.blank();
        hcl.open("terraform").open("required_providers");
        Map<String, Hcl.Expr> aws = new LinkedHashMap<>();
        aws.put("source", Hcl.str("hashicorp/aws"));
        aws.put("version", Hcl.str(">= 5.0"));
        hcl.attribute("aws", new Hcl.ObjectExpr(aws)).close().close().blank();

        variables(hcl, setup);
        hcl.open("provider", "aws").attribute("region", Hcl.raw("var.bucket_region")).close().blank();
        if (setup.export() != null) {
            hcl.comment("AWS creates exports and report definitions only in us-east-1.");
            hcl.open("provider", "aws").attribute("alias", Hcl.str("billing"))
                    .attribute("region", Hcl.str("us-east-1")).close().blank();
        }
        hcl.open("data", "aws_caller_identity", "current").close().blank();
        bucket(hcl, setup);
        if (setup.export() != null) {
            if (setup.export().isDataExport()) {
                dataExport(hcl, setup.export());
            } else {
                reportDefinition(hcl, setup.export());
            }
        }
        role(hcl, setup);
        outputs(hcl, setup);
        return hcl.text();
    }

    private static void variables(Hcl hcl, Setup setup) {
        variable(hcl, "bucket_name", setup.bucket(), "The S3 bucket that receives the billing reports (lowercase,"
                + " exactly as the tool will be given it).");
        variable(hcl, "bucket_region", setup.region(), "The bucket's region.");
        if (setup.export() != null) {
            variable(hcl, "export_name", setup.exportName(), setup.export().isDataExport() ? "The Data Export's name."
                    : "The legacy Cost and Usage Report's name.");
        }
        variable(hcl, "tool_account_id", setup.toolAccount(), "The AWS account of " + setup.tool().name()
                + " that assumes the role. " + setup.tool().accountHint());
        variable(hcl, "external_id", setup.externalId(), "The External ID shown on " + setup.tool().name()
                + "'s integration page; the role requires it.");
        variable(hcl, "role_name", setup.roleName(), "The name of the tool's read-only role.");
    }

    private static void variable(Hcl hcl, String name, String defaultOrNull, String description) {
        hcl.open("variable", name).attribute("type", Hcl.raw("string")).attribute("description", Hcl.str(description));
        if (defaultOrNull != null) {
            hcl.attribute("default", Hcl.str(defaultOrNull));
        }
        hcl.close().blank();
    }

    private static void bucket(Hcl hcl, Setup setup) {
        Hcl.Expr id = Hcl.raw(BUCKET + ".id");
        hcl.open("resource", "aws_s3_bucket", "reports").attribute("bucket", Hcl.raw("var.bucket_name")).close().blank();
        hcl.open("resource", "aws_s3_bucket_server_side_encryption_configuration", "reports").attribute("bucket", id)
                .open("rule").open("apply_server_side_encryption_by_default")
                .attribute("sse_algorithm", Hcl.str("AES256")).close().close().close().blank();
        hcl.open("resource", "aws_s3_bucket_public_access_block", "reports").attribute("bucket", id);
        for (String setting : List.of("block_public_acls", "block_public_policy", "ignore_public_acls",
                "restrict_public_buckets")) {
            hcl.attribute(setting, new Hcl.Bool(true));
        }
        hcl.close().blank();
        hcl.open("resource", "aws_s3_bucket_ownership_controls", "reports").attribute("bucket", id)
                .open("rule").attribute("object_ownership", Hcl.str("BucketOwnerEnforced")).close().close().blank();
        hcl.open("resource", "aws_s3_bucket_policy", "reports").attribute("bucket", id)
                .attribute("policy", new Hcl.Call("jsonencode", Hcl.of(setup.bucketPolicy())))
                .attribute("depends_on", new Hcl.ListExpr(List.of(Hcl.raw("aws_s3_bucket_public_access_block.reports"))))
                .close().blank();
    }

    private static void dataExport(Hcl hcl, ExportDefinition definition) {
        if (definition.crossAccount()) {
            hcl.comment("S3BucketOwner (" + definition.bucketOwner() + ") cannot be written here: Terraform's resource"
                    + " has no such argument.");
        }
        hcl.open("resource", "aws_bcmdataexports_export", "reports").attribute("provider", Hcl.raw(BILLING_PROVIDER))
                .open("export").attribute("name", Hcl.raw("var.export_name"))
                .open("data_query").attribute("query_statement", Hcl.str(definition.queryStatement()));
        Map<String, Hcl.Expr> tables = new LinkedHashMap<>();
        definition.tableConfigurations().forEach((table, options) -> {
            Map<String, Hcl.Expr> values = new LinkedHashMap<>();
            options.forEach((key, value) -> values.put(key, Hcl.str(value)));
            tables.put(table, new Hcl.ObjectExpr(values));
        });
        hcl.attribute("table_configurations", new Hcl.ObjectExpr(tables)).close();
        hcl.open("destination_configurations").open("s3_destination")
                .attribute("s3_bucket", Hcl.raw(BUCKET + ".id"))
                .attribute("s3_prefix", Hcl.str(definition.prefix()))
                .attribute("s3_region", Hcl.raw("var.bucket_region"))
                .open("s3_output_configurations")
                .attribute("output_type", Hcl.str("CUSTOM"))
                .attribute("format", Hcl.str(definition.format().dataExportsFormat()))
                .attribute("compression", Hcl.str(definition.format().dataExportsCompression()))
                .attribute("overwrite", Hcl.str(definition.versioning().apiValue()))
                .close().close().close();
        hcl.open("refresh_cadence").attribute("frequency", Hcl.str("SYNCHRONOUS")).close();
        hcl.close();
        hcl.attribute("depends_on", new Hcl.ListExpr(List.of(Hcl.raw("aws_s3_bucket_policy.reports")))).close().blank();
    }

    private static void reportDefinition(Hcl hcl, ExportDefinition definition) {
        hcl.open("resource", "aws_cur_report_definition", "reports").attribute("provider", Hcl.raw(BILLING_PROVIDER))
                .attribute("report_name", Hcl.raw("var.export_name"))
                .attribute("time_unit", Hcl.str(definition.granularity().apiValue()))
                .attribute("format", Hcl.str(definition.format().curFormat()))
                .attribute("compression", Hcl.str(definition.format().curCompression()))
                .attribute("additional_schema_elements", Hcl.list(definition.additionalSchemaElements()))
                .attribute("s3_bucket", Hcl.raw(BUCKET + ".id"))
                .attribute("s3_prefix", Hcl.str(definition.prefix()))
                .attribute("s3_region", Hcl.raw("var.bucket_region"))
                .attribute("refresh_closed_reports", new Hcl.Bool(true))
                .attribute("report_versioning", Hcl.str(definition.versioning().apiValue()))
                .attribute("depends_on", new Hcl.ListExpr(List.of(Hcl.raw("aws_s3_bucket_policy.reports"))))
                .close().blank();
    }

    private static void role(Hcl hcl, Setup setup) {
        hcl.open("resource", "aws_iam_role", "reader").attribute("name", Hcl.raw("var.role_name"))
                .attribute("description", Hcl.str("Lets " + setup.tool().name()
                        + " read the billing reports, nothing else."))
                .attribute("assume_role_policy", new Hcl.Call("jsonencode", Hcl.of(setup.trustPolicy())))
                .close().blank();
        hcl.open("resource", "aws_iam_role_policy", "reader")
                .attribute("name", Hcl.str(CloudFormationTemplate.ROLE_POLICY_NAME))
                .attribute("role", Hcl.raw("aws_iam_role.reader.id"))
                .attribute("policy", new Hcl.Call("jsonencode", Hcl.of(setup.permissionsPolicy())))
                .close().blank();
    }

    private static void outputs(Hcl hcl, Setup setup) {
        output(hcl, "bucket_name", Hcl.raw(BUCKET + ".id"), "The bucket name to paste into the tool (letter case matters).");
        if (setup.prefix() != null) {
            output(hcl, "report_prefix", Hcl.str(setup.prefix()), "The report path prefix.");
        }
        if (setup.export() != null) {
            output(hcl, "export_name", Hcl.raw("var.export_name"), "The export's or report's name.");
        }
        output(hcl, "role_arn", Hcl.raw("aws_iam_role.reader.arn"), "The role ARN to paste into the tool's integration page.");
        output(hcl, "external_id", Hcl.raw("var.external_id"), "The External ID the role requires.");
    }

    private static void output(Hcl hcl, String name, Hcl.Expr value, String description) {
        hcl.open("output", name).attribute("description", Hcl.str(description)).attribute("value", value).close().blank();
    }
}
