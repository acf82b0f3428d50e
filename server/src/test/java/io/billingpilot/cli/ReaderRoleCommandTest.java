package io.billingpilot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;
import io.billingpilot.policy.ReaderRoleProof;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReaderRoleCommandTest {
    private static final String TOOL = "123456789013";
    private static final String ID = "tool-external-id-42";

    @Test
    void it_prints_the_trust_and_permissions_policies_as_one_object() {
        CliRun run = CliRun.of("reader-role", "--bucket", "billing-reports", "--tool-account", TOOL,
                "--external-id", ID, "--report", "data-exports", "--prefix", "exports");
        assertEquals(0, run.status(), run.err());
        JsonNode role = Json.parse(run.out());
        assertEquals(List.of("trustPolicy", "permissionsPolicy"), names(role));
        assertEquals(List.of(), ReaderRoleProof.violations(role.get("trustPolicy"), role.get("permissionsPolicy"), "aws",
                "billing-reports", ReportType.DATA_EXPORTS, "exports", TOOL, ID));
        assertFalse(run.out().contains("ce:Get*"), run.out());
    }

    @Test
    void virtana_brings_cost_explorer_and_report_definitions_for_every_report() {
        for (String report : new String[]{"cur", "data-exports"}) {
            CliRun run = CliRun.of("reader-role", "--tool", "virtana", "--bucket", "billing-reports", "--tool-account",
                    TOOL, "--external-id", ID, "--report", report, "--kms-key",
                    "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("\"ce:Get*\"") && run.out().contains("kms:Decrypt"), run.out());
            JsonNode role = Json.parse(run.out());
            assertEquals(List.of(), ReaderRoleProof.violations(role.get("trustPolicy"), role.get("permissionsPolicy"),
                    "aws", "billing-reports", ReportType.parse(report), null, TOOL, ID));
        }
    }

    @Test
    void the_cost_explorer_switch_adds_it_for_a_custom_tool() {
        CliRun run = CliRun.of("reader-role", "--bucket", "billing-reports", "--tool-account", TOOL,
                "--external-id", ID, "--report", "cur", "--cost-explorer");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\"ce:Get*\"") && !run.out().contains("cur:Describe"), run.out());
    }

    @Test
    void metricly_fills_in_its_published_account() {
        CliRun run = CliRun.of("reader-role", "--tool", "metricly", "--bucket", "metricly-example", "--external-id", ID);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("arn:aws:iam::270852171095:root"), run.out());
    }

    @Test
    void bad_account_external_id_names_and_prefix_are_one_line_errors() {
        String[][] cases = {
                {"reader-role", "--bucket", "billing-reports", "--tool-account", "12345", "--external-id", ID},
                {"reader-role", "--bucket", "billing-reports", "--tool-account", TOOL},
                {"reader-role", "--bucket", "billing-reports", "--tool-account", TOOL, "--external-id", "bad id!"},
                {"reader-role", "--bucket", "billing-reports", "--tool-account", TOOL, "--external-id", "x"},
                {"reader-role", "--bucket", "Billing_Reports", "--tool-account", TOOL, "--external-id", ID},
                {"reader-role", "--tool", "virtana", "--bucket", "billing-reports", "--external-id", ID},
                {"reader-role", "--tool", "nope", "--bucket", "billing-reports", "--tool-account", TOOL, "--external-id", ID},
                {"reader-role", "--bucket", "billing-reports", "--tool-account", TOOL, "--external-id", ID, "--report", "cur", "--prefix", "a b"},
                {"reader-role", "--bucket", "billing-reports", "--tool-account", TOOL, "--external-id", ID, "--prefix", "cur"},
        };
        String[] expected = {"12345", "External ID is missing", "'bad id!'", "2 to 1224", "Uppercase letters",
                "Account ID shown on Virtana", "'nope'", "cannot contain spaces", "bucket's root"};
        for (int i = 0; i < cases.length; i++) {
            CliRun run = CliRun.of(cases[i]);
            assertEquals(2, run.status(), String.join(" ", cases[i]) + "\n" + run.out());
            assertTrue(run.errIsOneLine(), run.err());
            assertTrue(run.err().contains(expected[i]), expected[i] + " in " + run.err());
            assertEquals("", run.out());
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
