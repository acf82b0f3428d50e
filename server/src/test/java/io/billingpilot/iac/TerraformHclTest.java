package io.billingpilot.iac;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated Terraform files through a real HCL parser (hcl4j, pinned in the build). */
class TerraformHclTest {
    @Test
    @SuppressWarnings("unchecked")
    void every_generated_file_parses_and_holds_the_whole_setup() {
        for (IacCases.Case c : IacCases.all()) {
            Setup setup = Setup.from(c.input());
            Map<String, Object> parsed = Templates.parseTerraform(TerraformConfig.render(setup));
            Map<String, Object> resources = (Map<String, Object>) parsed.get("resource");
            for (String type : List.of("aws_s3_bucket", "aws_s3_bucket_server_side_encryption_configuration",
                    "aws_s3_bucket_public_access_block", "aws_s3_bucket_ownership_controls", "aws_s3_bucket_policy",
                    "aws_iam_role", "aws_iam_role_policy")) {
                assertTrue(resources.containsKey(type), c.label() + ": " + type);
            }
            String export = switch (c.report()) {
                case DATA_EXPORTS -> "aws_bcmdataexports_export";
                case CUR -> "aws_cur_report_definition";
                case DBR -> null;
            };
            if (export != null) {
                Map<String, Object> definition = (Map<String, Object>) ((Map<String, Object>) resources.get(export)).get("reports");
                assertTrue(definition != null, c.label());
            }
            Map<String, Object> outputs = (Map<String, Object>) parsed.get("output");
            assertTrue(outputs.containsKey("role_arn") && outputs.containsKey("bucket_name"), c.label());
            Map<String, Object> variables = (Map<String, Object>) parsed.get("variable");
            assertEquals("billing-reports", ((Map<String, Object>) variables.get("bucket_name")).get("default"), c.label());
        }
    }

    @Test
    void the_parser_refuses_a_broken_file() {
        String config = TerraformConfig.render(Setup.from(IacCases.all().get(0).input()));
        assertThrows(AssertionError.class, () -> Templates.parseTerraform(config.replace("resource \"aws_iam_role\" \"reader\" {",
                "resource \"aws_iam_role\" \"reader\" {{")));
    }

    @Test
    void a_dollar_brace_in_a_kept_statement_stays_literal() {
        String existing = IacCases.EXISTING_POLICY.replace("\"HttpsOnly\"", "\"Own\"").replace(
                "\"aws:SecureTransport\": \"false\"", "\"aws:SecureTransport\": \"false\"}, \"StringNotEquals\": "
                        + "{\"aws:username\": \"${aws:username}\"");
        IacInput input = new IacInput("billing-reports", "cur", "123456789012", null, null, null, null, null, null,
                "123456789013", "ext-id", existing);
        Setup setup = Setup.from(input);
        String tf = TerraformConfig.render(setup);
        assertTrue(tf.contains("$${aws:username}"), tf);
        String cfn = CloudFormationTemplate.render(setup);
        assertTrue(cfn.contains("\"${aws:username}\""), cfn);
        assertEquals("${aws:username}", Templates.fromCloudFormation(cfn, "123456789012").bucketPolicy()
                .at("/Statement/0/Condition/StringNotEquals/aws:username").asText());
    }
}
