package io.billingpilot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportIacCommandTest {
    @Test
    void cloudformation_holds_bucket_policy_export_and_role() {
        CliRun run = CliRun.of("export-iac", "--format", "cloudformation", "--bucket", "billing-reports", "--report",
                "data-exports", "--account", "123456789012", "--name", "billing-export", "--tool-account", "123456789013",
                "--external-id", "ext-42");
        assertEquals(0, run.status(), run.err());
        JsonNode resources = Json.parse(run.out()).get("Resources");
        assertEquals("AWS::S3::Bucket", resources.at("/ReportBucket/Type").asText());
        assertEquals("AWS::BCMDataExports::Export", resources.at("/BillingExport/Type").asText());
        assertEquals("AWS::IAM::Role", resources.at("/ReaderRole/Type").asText());
        assertEquals("billing-export", Json.parse(run.out()).at("/Parameters/ExportName/Default").asText());
    }

    @Test
    void terraform_merges_the_current_policy_from_a_file() throws Exception {
        Path existing = Files.createTempFile("policy", ".json");
        Files.writeString(existing, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Mine\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::billing-reports/*\"}]}");
        CliRun run = CliRun.of("export-iac", "--format", "terraform", "--bucket", "billing-reports", "--report", "cur",
                "--account", "123456789012", "--merge", existing.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("resource \"aws_cur_report_definition\" \"reports\"") && run.out().contains("\"Mine\""),
                run.out());
        assertTrue(run.out().contains("\"arn:aws:iam::${data.aws_caller_identity.current.account_id}:root\""), run.out());
    }

    @Test
    void bad_input_is_one_line_with_exit_2() {
        String[][] cases = {
                {"export-iac", "--bucket", "billing-reports"},
                {"export-iac", "--format", "pulumi", "--bucket", "billing-reports"},
                {"export-iac", "--format", "terraform", "--bucket", "billing-reports", "--report", "cur"},
                {"export-iac", "--format", "terraform", "--bucket", "billing-reports", "--report", "data-exports",
                        "--account", "123456789012", "--name", "bad name!"},
                {"export-iac", "--format", "terraform", "--bucket", "billing-reports", "--tool-account", "1234",
                        "--external-id", "ok-id"},
                {"export-iac", "--format", "terraform", "--bucket", "billing-reports", "--external-id", "é"},
                {"export-iac", "--format", "terraform", "--bucket", "billing-reports", "--name", "x"},
        };
        String[] expected = {"--format is required", "'pulumi'", "payer account", "cannot contain spaces", "'1234'", "External ID",
                "have no name"};
        for (int i = 0; i < cases.length; i++) {
            CliRun run = CliRun.of(cases[i]);
            assertEquals(2, run.status(), String.join(" ", cases[i]));
            assertTrue(run.errIsOneLine(), run.err());
            assertTrue(run.err().contains(expected[i]), expected[i] + " in " + run.err());
            assertEquals("", run.out());
        }
    }
}
