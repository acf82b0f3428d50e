package io.billingpilot.policy;

import io.billingpilot.core.Finding;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.core.Severity;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.billingpilot.policy.Policies.ORIGINAL_GUIDE;
import static io.billingpilot.policy.Policies.check;
import static io.billingpilot.policy.Policies.cur;
import static io.billingpilot.policy.Policies.dataExports;
import static io.billingpilot.policy.Policies.dbr;
import static io.billingpilot.policy.Policies.generated;
import static io.billingpilot.policy.Policies.generatedPlus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per finding, each with the policy shape that causes it and the fix it must offer. */
class PolicyAnalyzerTest {
    private static Finding only(PolicyAnalysis analysis, String code) {
        List<Finding> found = analysis.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertFalse(found.isEmpty(), "expected " + code + " in " + analysis.findings());
        return found.get(0);
    }

    private static void assertDeliverable(PolicyAnalysis analysis) {
        assertTrue(analysis.deliverable(), analysis.findings().toString());
        assertTrue(analysis.findings().stream().noneMatch(Finding::isError), analysis.findings().toString());
    }

    private static void assertBlocked(PolicyAnalysis analysis, String code) {
        assertFalse(analysis.deliverable(), analysis.findings().toString());
        Finding finding = only(analysis, code);
        assertEquals(Severity.ERROR, finding.severity());
        assertFalse(finding.fix().isBlank(), "every error has a fix");
    }

    // ---- policies that work ----

    @Test
    void the_original_guides_policy_lets_the_legacy_writer_deliver() {
        PolicyAnalysis analysis = check(ORIGINAL_GUIDE, dbr());
        assertDeliverable(analysis);
        assertTrue(analysis.findings().isEmpty(), analysis.findings().toString());
    }

    @Test
    void the_legacy_account_may_be_named_by_its_bare_id_and_actions_by_wildcards_in_any_case() {
        String policy = """
                {"Statement": {"Effect": "Allow", "Principal": {"AWS": ["386209384616"]}, "Action": ["S3:getbucket*", "s3:PUT*"],
                 "Resource": ["arn:aws:s3:::metricly-example", "arn:aws:s3:::metricly-example/*"]}}""";
        assertDeliverable(check(policy, dbr()));
    }

    @Test
    void an_https_only_deny_does_not_stop_the_writer() {
        assertDeliverable(check(generatedPlus(cur(), """
                {"Sid": "HttpsOnly", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                 "Resource": ["arn:aws:s3:::metricly-example", "arn:aws:s3:::metricly-example/*"],
                 "Condition": {"Bool": {"aws:SecureTransport": "false"}}}"""), cur()));
    }

    @Test
    void an_organisation_only_deny_that_exempts_aws_services_does_not_stop_the_service_writer() {
        assertDeliverable(check(generatedPlus(dataExports(), """
                {"Sid": "OrgOnly", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::metricly-example/*",
                 "Condition": {"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-abc123"}, "BoolIfExists": {"aws:PrincipalIsAWSService": "false"}}}"""),
                dataExports()));
    }

    @Test
    void principal_star_limited_by_source_account_and_arn_lets_the_service_in_without_being_public() {
        String policy = """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"},
                 "Action": ["s3:GetBucketAcl", "s3:GetBucketPolicy", "s3:PutObject"],
                 "Resource": ["arn:aws:s3:::metricly-example", "arn:aws:s3:::metricly-example/*"],
                 "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"},
                               "ArnLike": {"aws:SourceArn": "arn:aws:cur:us-east-1:123456789012:definition/*"}}}]}""";
        PolicyAnalysis analysis = check(policy, cur());
        assertDeliverable(analysis);
        assertFalse(analysis.has("public-write"), analysis.findings().toString());
    }

    @Test
    void the_console_policy_of_aws_data_exports_docs_passes_for_a_shared_bucket() {
        String policy = """
                {"Version": "2012-10-17", "Statement": [{"Sid": "EnableAWSDataExportsToWriteToS3AndCheckPolicy", "Effect": "Allow",
                 "Principal": {"Service": ["billingreports.amazonaws.com", "bcm-data-exports.amazonaws.com"]},
                 "Action": ["s3:PutObject", "s3:GetBucketPolicy", "s3:GetBucketAcl"],
                 "Resource": ["arn:aws:s3:::metricly-example/*", "arn:aws:s3:::metricly-example"],
                 "Condition": {"StringLike": {"aws:SourceAccount": "123456789012", "aws:SourceArn": [
                   "arn:aws:cur:us-east-1:123456789012:definition/*", "arn:aws:bcm-data-exports:us-east-1:123456789012:export/*"]}}}]}""";
        assertDeliverable(check(policy, dataExports().withLegacyCur(true)));
    }

    // ---- text that is no policy ----

    @Test
    void invalid_json_is_a_finding_with_line_and_column() {
        PolicyAnalysis analysis = check("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\" \"Action\": 1}\n  ]\n}", dbr());
        Finding finding = only(analysis, "invalid-json");
        assertTrue(finding.message().contains("line 4, column 24"), finding.message());
        assertFalse(finding.message().contains("Source"), "no parser internals: " + finding.message());
        assertTrue(finding.fix().contains("line 4"), finding.fix());
    }

    @Test
    void json_that_is_not_a_policy_and_empty_text_are_findings() {
        assertBlocked(check("[\"s3:PutObject\"]", dbr()), "not-a-policy");
        assertBlocked(check("{\"Version\": \"2012-10-17\"}", dbr()), "not-a-policy");
        assertBlocked(check("   ", dbr()), "policy-empty");
        assertBlocked(check(null, dbr()), "policy-empty");
    }

    @Test
    void a_policy_larger_than_s3_accepts_is_reported() {
        StringBuilder statements = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            statements.append(i == 0 ? "" : ",").append("{\"Sid\": \"Reader").append(i)
                    .append("\", \"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:role/reader-")
                    .append(i).append("\"}, \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::metricly-example/*\"}");
        }
        assertBlocked(check(generatedPlus(dbr(), statements.toString()), dbr()), "policy-too-large");
    }

    @Test
    void the_output_of_get_bucket_policy_is_read_as_the_policy_inside_it() {
        String wrapped = Json.compact(java.util.Map.of("Policy", Json.compact(Json.parse(ORIGINAL_GUIDE))));
        PolicyAnalysis analysis = check(wrapped, dbr());
        assertDeliverable(analysis);
        assertEquals(Severity.INFO, only(analysis, "policy-unwrapped").severity());
    }

    @Test
    void statements_aws_would_refuse_make_the_policy_undeliverable() {
        assertBlocked(check(ORIGINAL_GUIDE.replace("\"Effect\": \"Allow\"", "\"Effect\": \"allow\""), dbr()), "statement-invalid");
        assertBlocked(check(ORIGINAL_GUIDE.replace("2008-10-17", "2008-10-18"), dbr()), "version-invalid");
    }

    // ---- actions ----

    @Test
    void a_missing_action_names_the_statement_to_add_it_to() {
        Finding finding = only(check(ORIGINAL_GUIDE.replace("\"s3:GetBucketAcl\",", ""), dbr()), "action-missing");
        assertTrue(finding.message().contains("s3:GetBucketAcl"), finding.message());
        assertEquals("Add \"s3:GetBucketAcl\" to the Action of statement \"Stmt1335892150622\".", finding.fix());
    }

    @Test
    void a_missing_put_object_statement_gives_the_statement_to_add() {
        String onlyBucket = Json.compact(Json.parse(ORIGINAL_GUIDE).withArray("Statement").get(0));
        PolicyAnalysis analysis = check("{\"Version\": \"2008-10-17\", \"Statement\": [" + onlyBucket + "]}", dbr());
        assertBlocked(analysis, "action-missing");
        Finding finding = only(analysis, "action-missing");
        assertTrue(finding.message().contains("s3:PutObject"), finding.message());
        assertTrue(finding.fix().startsWith("Add this statement: {\"Sid\":\"Stmt1335892526596\""), finding.fix());
    }

    @Test
    void a_policy_that_never_mentions_the_writer_gets_the_statements_to_add() {
        String unrelated = """
                {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/admin"},
                 "Action": "s3:GetObject", "Resource": "arn:aws:s3:::metricly-example/*"}]}""";
        PolicyAnalysis analysis = check(unrelated, cur());
        assertBlocked(analysis, "writer-not-allowed");
        assertEquals(2, analysis.findings().stream().filter(f -> f.code().equals("writer-not-allowed")).count(),
                "one finding for the bucket calls, one for the object calls: " + analysis.findings());
        assertTrue(only(analysis, "writer-not-allowed").fix().contains("billingreports.amazonaws.com"));
    }

    // ---- resources ----

    @Test
    void a_resource_for_another_bucket_is_named() {
        Finding finding = only(check(ORIGINAL_GUIDE.replace("metricly-example", "metricly-exmaple"), dbr()), "resource-other-bucket");
        assertTrue(finding.message().contains("\"metricly-exmaple\""), finding.message());
        assertTrue(finding.fix().contains("arn:aws:s3:::metricly-example"), finding.fix());
    }

    @Test
    void a_resource_in_another_letter_case_is_explained() {
        PolicyAnalysis analysis = check(ORIGINAL_GUIDE.replace("arn:aws:s3:::metricly-example", "arn:aws:s3:::Metricly-Example"), dbr());
        assertBlocked(analysis, "resource-letter-case");
        assertTrue(only(analysis, "resource-letter-case").message().contains("letter case"));
    }

    @Test
    void put_object_allowed_only_under_a_prefix_fails_at_the_root_test_object() {
        PolicyAnalysis analysis = check(ORIGINAL_GUIDE.replace("metricly-example/*", "metricly-example/billing/*"), dbr());
        assertBlocked(analysis, "put-object-prefix-only");
        Finding finding = only(analysis, "put-object-prefix-only");
        assertTrue(finding.message().contains("aws-programmatic-access-test-object"), finding.message());
        assertTrue(finding.fix().contains("\"arn:aws:s3:::metricly-example/*\""), finding.fix());
    }

    @Test
    void put_object_allowed_for_the_test_object_only_is_a_warning() {
        String policy = ORIGINAL_GUIDE.replace("\"arn:aws:s3:::metricly-example/*\"",
                "[\"arn:aws:s3:::metricly-example/aws-programmatic-access-test-object\", \"arn:aws:s3:::metricly-example/*.csv\"]");
        PolicyAnalysis analysis = check(policy, dbr());
        assertDeliverable(analysis);
        assertEquals(Severity.WARNING, only(analysis, "put-object-limited").severity());
    }

    @Test
    void bucket_actions_granted_on_the_objects_are_on_the_wrong_level() {
        assertBlocked(check(ORIGINAL_GUIDE.replace("\"arn:aws:s3:::metricly-example\"", "\"arn:aws:s3:::metricly-example/*\""), dbr()),
                "resource-wrong-level");
    }

    @Test
    void a_not_resource_that_leaves_out_the_bucket_is_explained() {
        String policy = ORIGINAL_GUIDE.replace("\"Resource\": \"arn:aws:s3:::metricly-example/*\"",
                "\"NotResource\": \"arn:aws:s3:::metricly-example/aws-*\"");
        assertBlocked(check(policy, dbr()), "resource-mismatch");
    }

    @Test
    void resources_of_another_partition_are_explained() {
        PolicyRequest china = new PolicyRequest("metricly-example", ReportType.DBR, null, Partition.AWS_CN);
        PolicyAnalysis analysis = check(ORIGINAL_GUIDE, china);
        assertBlocked(analysis, "resource-partition");
        assertBlocked(analysis, "principal-other-account");
        assertTrue(only(analysis, "principal-other-account").fix().contains("arn:aws-cn:iam::386209384616:root"));
    }

    // ---- principals ----

    @Test
    void a_principal_of_another_account_is_named() {
        Finding finding = only(check(ORIGINAL_GUIDE.replace("386209384616", "123456789012"), dbr()), "principal-other-account");
        assertTrue(finding.message().contains("arn:aws:iam::123456789012:root"), finding.message());
        assertTrue(finding.fix().contains("arn:aws:iam::386209384616:root"), finding.fix());
    }

    @Test
    void the_wrong_service_principal_is_named() {
        String curPolicy = generated(cur()).replace("definition/*", "export/*").replace(":cur:", ":bcm-data-exports:");
        PolicyAnalysis analysis = check(curPolicy, dataExports());
        assertBlocked(analysis, "principal-wrong-service");
        Finding finding = only(analysis, "principal-wrong-service");
        assertTrue(finding.message().contains("billingreports.amazonaws.com"), finding.message());
        assertTrue(finding.fix().contains("bcm-data-exports.amazonaws.com"), finding.fix());
    }

    @Test
    void the_legacy_account_where_the_service_is_needed_is_explained() {
        // The legacy account still delivers the legacy CUR (reference §11a), but not Data Exports.
        assertDeliverable(check(ORIGINAL_GUIDE, cur()));
        Finding finding = only(check(ORIGINAL_GUIDE, dataExports()), "principal-other-account");
        assertTrue(finding.message().contains("bcm-data-exports.amazonaws.com"), finding.message());
    }

    @Test
    void a_not_principal_allow_that_leaves_out_the_writer_is_explained() {
        String policy = ORIGINAL_GUIDE.replace("\"Principal\": {\n        \"AWS\": \"arn:aws:iam::386209384616:root\"\n      }",
                "\"NotPrincipal\": {\"AWS\": \"arn:aws:iam::386209384616:root\"}");
        assertBlocked(check(policy, dbr()), "principal-other-account");
    }

    // ---- conditions ----

    @Test
    void a_source_arn_outside_us_east_1_stops_data_exports() {
        PolicyAnalysis analysis = check(generated(dataExports()).replace("us-east-1", "eu-west-1"), dataExports());
        assertBlocked(analysis, "source-arn-region");
        assertTrue(only(analysis, "source-arn-region").fix().contains("arn:aws:bcm-data-exports:us-east-1:123456789012:export/*"));
    }

    @Test
    void a_legacy_source_arn_outside_us_east_1_is_a_warning_that_aws_documents_nothing_there() {
        PolicyAnalysis analysis = check(generated(cur()).replace("us-east-1", "eu-west-1"), cur());
        assertLegacyWarning(analysis, "source-arn-region");
        assertTrue(only(analysis, "source-arn-region").fix().contains("arn:aws:cur:us-east-1:123456789012:definition/*"));
    }

    /** Reference §11a: a legacy checker warns, not fails, on another region or account in the conditions. */
    private static void assertLegacyWarning(PolicyAnalysis analysis, String code) {
        assertTrue(analysis.deliverable(), analysis.findings().toString());
        Finding finding = only(analysis, code);
        assertEquals(Severity.WARNING, finding.severity(), analysis.findings().toString());
        assertTrue(finding.message().contains("does not document"), finding.message());
        assertFalse(finding.fix().isBlank(), "every warning here has a fix");
    }

    @Test
    void string_equals_with_a_wildcard_in_a_data_exports_source_arn_is_a_warning_that_aws_documents_nothing() {
        String policy = """
                {"Version": "2012-10-17", "Statement": [{"Sid": "DataExports", "Effect": "Allow",
                 "Principal": {"Service": "bcm-data-exports.amazonaws.com"}, "Action": ["s3:GetBucketPolicy", "s3:PutObject"],
                 "Resource": ["arn:aws:s3:::metricly-example", "arn:aws:s3:::metricly-example/*"],
                 "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012",
                   "aws:SourceArn": "arn:aws:bcm-data-exports:us-east-1:123456789012:export/*"}}}]}""";
        PolicyAnalysis analysis = check(policy, dataExports());
        assertDeliverable(analysis);
        Finding warning = only(analysis, "string-equals-wildcard");
        assertEquals(Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains("does not document"), warning.message());
        assertTrue(warning.fix().contains("ArnLike"));
        assertEquals(1, analysis.findings().size(), "one finding for the statement: " + analysis.findings());
    }

    @Test
    void string_equals_with_a_wildcard_is_an_error_where_it_stops_the_legacy_writer() {
        String policy = """
                {"Version": "2012-10-17", "Statement": [{"Sid": "Cur", "Effect": "Allow",
                 "Principal": {"Service": "billingreports.amazonaws.com"},
                 "Action": ["s3:GetBucketAcl", "s3:GetBucketPolicy", "s3:PutObject"],
                 "Resource": ["arn:aws:s3:::metricly-example", "arn:aws:s3:::metricly-example/*"],
                 "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012",
                   "aws:SourceArn": "arn:aws:cur:us-east-1:123456789012:definition/team-*"}}}]}""";
        PolicyAnalysis analysis = check(policy, cur());
        assertBlocked(analysis, "string-equals-wildcard");
        assertTrue(only(analysis, "string-equals-wildcard").fix().contains("ArnLike"));
    }

    @Test
    void string_equals_with_a_wildcard_elsewhere_is_a_warning() {
        PolicyAnalysis analysis = check(generatedPlus(dbr(), """
                {"Sid": "Readers", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject",
                 "Resource": "arn:aws:s3:::metricly-example/*", "Condition": {"StringEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/read-*"}}}"""),
                dbr());
        assertDeliverable(analysis);
        assertEquals(Severity.WARNING, only(analysis, "string-equals-wildcard").severity());
    }

    @Test
    void a_source_arn_that_names_one_report_lets_that_report_in() {
        String policy = generated(cur()).replace("definition/*", "definition/monthly-cur");
        PolicyAnalysis analysis = check(policy, cur());
        assertDeliverable(analysis);
        Finding finding = only(analysis, "source-arn-one-report");
        assertEquals(Severity.INFO, finding.severity());
        assertTrue(finding.message().contains("\"monthly-cur\""), finding.message());
        assertEquals(1, analysis.findings().size(), analysis.findings().toString());
        String otherAccount = generated(cur()).replace("123456789012:definition/*", "210987654321:definition/monthly-cur");
        assertLegacyWarning(check(otherAccount, cur()), "source-account-mismatch");
    }

    @Test
    void a_source_account_that_is_not_the_payer_is_explained() {
        String policy = generated(cur()).replace("\"aws:SourceAccount\": \"123456789012\"", "\"aws:SourceAccount\": \"210987654321\"");
        assertLegacyWarning(check(policy, cur()), "source-account-mismatch");
        String otherArn = generated(cur()).replace(":123456789012:definition", ":210987654321:definition");
        assertLegacyWarning(check(otherArn, cur()), "source-account-mismatch");
        String exportsElsewhere = generated(dataExports()).replace(":123456789012:export", ":210987654321:export");
        assertBlocked(check(exportsElsewhere, dataExports()), "source-account-mismatch");
        String exportsAccount = generated(dataExports()).replace("\"aws:SourceAccount\": \"123456789012\"",
                "\"aws:SourceAccount\": \"210987654321\"");
        assertBlocked(check(exportsAccount, dataExports()), "source-account-mismatch");
    }

    @Test
    void a_source_arn_of_the_other_billing_service_is_explained() {
        String policy = generated(cur()).replace("arn:aws:cur:us-east-1:123456789012:definition/*",
                "arn:aws:bcm-data-exports:us-east-1:123456789012:export/*");
        assertBlocked(check(policy, cur()), "source-arn-mismatch");
    }

    @Test
    void a_condition_the_writer_cannot_meet_is_named() {
        String policy = ORIGINAL_GUIDE.replace("\"Resource\": \"arn:aws:s3:::metricly-example/*\"",
                "\"Resource\": \"arn:aws:s3:::metricly-example/*\", \"Condition\": {\"IpAddress\": {\"aws:SourceIp\": \"203.0.113.0/24\"}}");
        Finding finding = only(check(policy, dbr()), "condition-blocks-writer");
        assertTrue(finding.message().contains("aws:SourceIp"), finding.message());
    }

    @Test
    void a_service_principal_without_source_conditions_is_a_warning() {
        String policy = Json.compact(Json.parse(generated(cur())).withArray("Statement")).replace(",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"},\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:cur:us-east-1:123456789012:definition/*\"}}", "");
        PolicyAnalysis analysis = check("{\"Version\": \"2012-10-17\", \"Statement\": " + policy + "}", cur());
        assertDeliverable(analysis);
        assertEquals(Severity.WARNING, only(analysis, "source-conditions-missing").severity());
    }

    // ---- denies ----

    @Test
    void a_deny_that_catches_the_writer_is_named_by_its_sid_with_the_exemption_to_add() {
        PolicyAnalysis analysis = check(generatedPlus(cur(), """
                {"Sid": "OrgOnly", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                 "Resource": ["arn:aws:s3:::metricly-example", "arn:aws:s3:::metricly-example/*"],
                 "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123"}}}"""), cur());
        assertBlocked(analysis, "deny-catches-writer");
        Finding finding = only(analysis, "deny-catches-writer");
        assertTrue(finding.message().contains("\"OrgOnly\""), finding.message());
        assertTrue(finding.message().contains("aws:PrincipalOrgID"), finding.message());
        assertTrue(finding.fix().contains("aws:PrincipalIsAWSService"), finding.fix());
        assertEquals(1, analysis.findings().stream().filter(f -> f.code().equals("deny-catches-writer")).count(),
                "one finding for the statement, naming every call it refuses");
    }

    @Test
    void a_deny_without_sid_is_named_by_its_position() {
        Finding finding = only(check(generatedPlus(dbr(), """
                {"Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::metricly-example/*",
                 "Condition": {"Null": {"s3:x-amz-server-side-encryption": "true"}}}"""), dbr()), "deny-catches-writer");
        assertTrue(finding.message().contains("statement #3"), finding.message());
        assertTrue(finding.fix().contains("default encryption"), finding.fix());
        assertTrue(finding.fix().contains("aws:PrincipalAccount"), finding.fix());
    }

    @Test
    void a_deny_that_depends_on_a_header_aws_does_not_document_is_a_warning() {
        PolicyAnalysis analysis = check(generatedPlus(cur(), """
                {"Sid": "OwnerControl", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::metricly-example/*",
                 "Condition": {"StringNotEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}}}"""), cur());
        assertDeliverable(analysis);
        assertEquals(Severity.WARNING, only(analysis, "deny-may-catch-writer").severity());
    }

    // ---- public access ----

    @Test
    void a_bucket_anyone_may_write_to_is_an_error_and_one_anyone_may_read_a_warning() {
        PolicyAnalysis analysis = check(generatedPlus(dbr(), """
                {"Sid": "Everyone", "Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject", "s3:PutObject"],
                 "Resource": "arn:aws:s3:::metricly-example/*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}"""), dbr());
        assertBlocked(analysis, "public-write");
        assertEquals(Severity.WARNING, only(analysis, "public-read").severity());
        PolicyAnalysis readOnly = check(generatedPlus(dbr(), """
                {"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject",
                 "Resource": "arn:aws:s3:::metricly-example/*"}"""), dbr());
        assertDeliverable(readOnly);
        assertTrue(readOnly.has("public-read"));
    }

    @Test
    void access_limited_to_an_organisation_or_network_is_not_public() {
        PolicyAnalysis analysis = check(generatedPlus(dbr(), """
                {"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::metricly-example/*",
                 "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}},
                {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::metricly-example/*",
                 "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}"""), dbr());
        assertFalse(analysis.has("public-write") || analysis.has("public-read"), analysis.findings().toString());
    }

    // ---- the request ----

    @Test
    void every_generated_policy_passes_its_own_check() {
        for (ReportType report : ReportType.values()) {
            for (Partition partition : Partition.values()) {
                for (boolean shared : new boolean[]{false, true}) {
                    PolicyRequest request = new PolicyRequest("metricly-example", report, "123456789012", partition, shared);
                    PolicyAnalysis analysis = check(generated(request), request);
                    assertDeliverable(analysis);
                    assertTrue(analysis.findings().isEmpty(), request + ": " + analysis.findings());
                }
            }
        }
    }

    @Test
    void findings_list_errors_before_warnings() {
        PolicyAnalysis analysis = check(generatedPlus(dbr(), """
                {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::metricly-example/*"}""")
                .replace("s3:GetBucketAcl", "s3:GetBucketLocation"), dbr());
        List<Severity> severities = analysis.findings().stream().map(Finding::severity).toList();
        assertEquals(severities.stream().sorted().toList(), severities);
        assertEquals(Severity.ERROR, severities.get(0));
    }
}
