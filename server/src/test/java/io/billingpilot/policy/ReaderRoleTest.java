package io.billingpilot.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader role through the project's IAM model, for each report, with and without a prefix and a key. */
class ReaderRoleTest {
    private static final String TOOL = "270852171095";
    private static final String EXTERNAL_ID = "vt-0123456789abcdef";
    private static final String KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @Test
    void every_role_reads_a_delivered_file_and_nothing_else_and_only_the_tool_assumes_it() {
        for (ReportType report : ReportType.values()) {
            for (String prefix : report == ReportType.DBR ? new String[]{null} : new String[]{null, "cur/hourly"}) {
                for (String key : new String[]{null, KEY}) {
                    for (boolean extras : new boolean[]{false, true}) {
                        ReaderAccess access = ReaderAccess.parse("billing-reports", report, prefix, key, Partition.AWS,
                                extras, extras);
                        ReaderRole role = ReaderRole.of(access, TOOL, EXTERNAL_ID);
                        List<String> violations = ReaderRoleProof.violations(role.trustPolicy(),
                                role.permissionsPolicy(), "aws", "billing-reports", report, prefix, TOOL, EXTERNAL_ID);
                        assertEquals(List.of(), violations, report + " " + prefix + " " + key + " " + extras);
                    }
                }
            }
        }
    }

    @Test
    void the_proof_fails_on_a_role_that_reads_too_much_or_trusts_too_many() {
        ReaderAccess access = ReaderAccess.parse("billing-reports", ReportType.CUR, "cur", null, Partition.AWS,
                false, false);
        ReaderRole role = ReaderRole.of(access, TOOL, EXTERNAL_ID);
        ObjectNode wide = role.permissionsPolicy().deepCopy();
        ((ObjectNode) wide.get("Statement").get(1)).putArray("Action").add("s3:*");
        assertTrue(ReaderRoleProof.violations(role.trustPolicy(), wide, "aws", "billing-reports", ReportType.CUR,
                "cur", TOOL, EXTERNAL_ID).contains("can s3:DeleteObject on a report file"));
        ObjectNode open = role.trustPolicy().deepCopy();
        ((ObjectNode) open.get("Statement").get(0)).remove("Condition");
        assertTrue(ReaderRoleProof.violations(open, role.permissionsPolicy(), "aws", "billing-reports", ReportType.CUR,
                "cur", TOOL, EXTERNAL_ID).contains("can the tool's account assumes the role without an External ID"));
        ObjectNode unlimited = role.permissionsPolicy().deepCopy();
        ((ObjectNode) unlimited.get("Statement").get(0)).remove("Condition");
        assertTrue(ReaderRoleProof.violations(role.trustPolicy(), unlimited, "aws", "billing-reports", ReportType.CUR,
                "cur", TOOL, EXTERNAL_ID).contains("can list the whole bucket"));
    }

    @Test
    void cost_explorer_and_definitions_appear_only_when_asked_and_per_report() {
        String plain = Json.compact(ReaderPolicy.generate(ReaderAccess.parse("billing-reports", ReportType.CUR, null,
                null, Partition.AWS, false, false)));
        assertFalse(plain.contains("ce:") || plain.contains("cur:"), plain);
        String cur = Json.compact(ReaderPolicy.generate(ReaderAccess.parse("billing-reports", ReportType.CUR, null,
                null, Partition.AWS, true, true)));
        assertTrue(cur.contains("\"ce:Get*\"") && cur.contains("\"cur:DescribeReportDefinitions\""), cur);
        String exports = Json.compact(ReaderPolicy.generate(ReaderAccess.parse("billing-reports",
                ReportType.DATA_EXPORTS, null, null, Partition.AWS, false, true)));
        assertTrue(exports.contains("bcm-data-exports:GetExport") && !exports.contains("ce:"), exports);
        String dbr = Json.compact(ReaderPolicy.generate(ReaderAccess.parse("billing-reports", ReportType.DBR, null,
                null, Partition.AWS, false, true)));
        assertFalse(dbr.contains("Definitions"), dbr);
    }

    @Test
    void the_prefix_limits_listing_and_reading() {
        ObjectNode policy = ReaderPolicy.generate(ReaderAccess.parse("billing-reports", ReportType.DATA_EXPORTS,
                "exports", null, Partition.AWS, false, false));
        assertEquals("[\"exports\",\"exports/*\"]",
                Json.compact(policy.at("/Statement/0/Condition/StringLike/s3:prefix")));
        assertEquals("arn:aws:s3:::billing-reports/exports/*", policy.at("/Statement/1/Resource").asText());
    }

    @Test
    void the_trust_policy_names_the_tool_and_its_external_id() {
        ObjectNode trust = TrustPolicy.generate(TOOL, EXTERNAL_ID, Partition.AWS_US_GOV);
        assertEquals("arn:aws-us-gov:iam::" + TOOL + ":root", trust.at("/Statement/0/Principal/AWS").asText());
        assertEquals(EXTERNAL_ID, trust.at("/Statement/0/Condition/StringEquals/sts:ExternalId").asText());
        assertEquals("sts:AssumeRole", trust.at("/Statement/0/Action").asText());
    }
}
