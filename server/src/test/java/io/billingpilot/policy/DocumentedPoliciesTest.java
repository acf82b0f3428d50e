package io.billingpilot.policy;

import io.billingpilot.core.Finding;
import io.billingpilot.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bucket policy AWS has documented or its console has written, in each era, lets its
 * report be delivered: an admin whose working setup came from AWS is never told it is broken.
 * One case per form, with where it comes from (reference/aws-billing-setup.md §3 and §11).
 */
class DocumentedPoliciesTest {
    private static final String BUCKET = "metricly-example";
    private static final String PAYER = "123456789012";
    private static final String SEED_ID = "\"Version\": \"2008-10-17\", \"Id\": \"Policy1335892530063\"";

    private static String legacyPair(String principal, String condition) {
        String cond = condition == null ? "" : ", \"Condition\": " + condition;
        return "{" + SEED_ID + ", \"Statement\": ["
                + "{\"Sid\": \"Stmt1335892150622\", \"Effect\": \"Allow\", \"Principal\": " + principal
                + ", \"Action\": [\"s3:GetBucketAcl\", \"s3:GetBucketPolicy\"], \"Resource\": \"arn:aws:s3:::" + BUCKET + "\"" + cond + "},"
                + "{\"Sid\": \"Stmt1335892526596\", \"Effect\": \"Allow\", \"Principal\": " + principal
                + ", \"Action\": \"s3:PutObject\", \"Resource\": \"arn:aws:s3:::" + BUCKET + "/*\"" + cond + "}]}";
    }

    private static final String CUR_CONDITIONS_EQUALS = "{\"StringEquals\": {\"aws:SourceAccount\": \"" + PAYER
            + "\", \"aws:SourceArn\": \"arn:aws:cur:us-east-1:" + PAYER + ":definition/*\"}}";
    private static final String SERVICE = "{\"Service\": \"billingreports.amazonaws.com\"}";

    static Stream<Arguments> documented() {
        return Stream.of(
                Arguments.of("seed: 2013-2019 sample policy, account root ARN", "original guide; reference §3 (seed's exact policy)",
                        "dbr", null, legacyPair("{\"AWS\": \"arn:aws:iam::386209384616:root\"}", null)),
                Arguments.of("AWS 2018 docs: the account as a bare id", "reference §3 (bare account id in AWS's 2018 docs)",
                        "dbr", null, legacyPair("{\"AWS\": \"386209384616\"}", null)),
                Arguments.of("legacy reports as the service principal, no conditions (2019-2022 console and docs)",
                        "reference §3 table row 2; §11a (2020 cur-s3.md, Terraform copied from the console)",
                        "dbr", null, legacyPair(SERVICE, null)),
                Arguments.of("legacy reports as the service principal with the 2023 conditions, no --account",
                        "reference §11a (console form since about 2023, same Id and Sids)",
                        "dbr", null, legacyPair(SERVICE, CUR_CONDITIONS_EQUALS)),
                Arguments.of("legacy reports as the service principal with the 2023 conditions and --account",
                        "reference §11a", "dbr", PAYER, legacyPair(SERVICE, CUR_CONDITIONS_EQUALS)),
                Arguments.of("legacy reports as a list of service principals", "reference §11a (string or list)",
                        "dbr", null, legacyPair("{\"Service\": [\"billingreports.amazonaws.com\"]}", null)),
                Arguments.of("legacy CUR, service principal without conditions (2019-2022)",
                        "reference §3 table row 2; awsdocs/aws-cur-user-guide doc_source/cur-s3.md (2020)",
                        "cur", PAYER, legacyPair(SERVICE, null)),
                Arguments.of("legacy CUR, 2023-now docs and console: StringEquals with definition/*",
                        "reference §3 row 3 and §11a; docs.aws.amazon.com/cur/latest/userguide/cur-s3.html; "
                                + "Terraformer export tfer--billing-costusagereport",
                        "cur", PAYER, legacyPair(SERVICE, CUR_CONDITIONS_EQUALS)),
                Arguments.of("legacy CUR with StringLike conditions", "reference §11a (StringEquals, StringLike or ArnLike)",
                        "cur", PAYER, legacyPair(SERVICE, "{\"StringLike\": {\"aws:SourceAccount\": \"" + PAYER
                                + "\", \"aws:SourceArn\": \"arn:aws:cur:us-east-1:" + PAYER + ":definition/*\"}}")),
                Arguments.of("legacy CUR with ArnLike SourceArn", "reference §11a",
                        "cur", PAYER, legacyPair(SERVICE, "{\"StringEquals\": {\"aws:SourceAccount\": \"" + PAYER
                                + "\"}, \"ArnLike\": {\"aws:SourceArn\": \"arn:aws:cur:us-east-1:" + PAYER + ":definition/*\"}}")),
                Arguments.of("legacy CUR under the seed's account policy", "reference §11a (a legacy checker accepts 386209384616)",
                        "cur", PAYER, legacyPair("{\"AWS\": \"arn:aws:iam::386209384616:root\"}", null)),
                Arguments.of("legacy CUR, grants combined in one statement", "reference §11a (split or combined)",
                        "cur", PAYER, "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": "
                                + SERVICE + ", \"Action\": [\"s3:GetBucketAcl\", \"s3:GetBucketPolicy\", \"s3:PutObject\"], "
                                + "\"Resource\": [\"arn:aws:s3:::" + BUCKET + "\", \"arn:aws:s3:::" + BUCKET + "/*\"], "
                                + "\"Condition\": " + CUR_CONDITIONS_EQUALS + "}]}"),
                Arguments.of("Data Exports, 2023-2024 docs: one statement for both services",
                        "reference §3 row 4; dataexports-s3-bucket.html (2023-2024 version)",
                        "data-exports", PAYER, "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": "
                                + "\"EnableAWSDataExportsToWriteToS3AndCheckPolicy\", \"Effect\": \"Allow\", \"Principal\": "
                                + "{\"Service\": [\"billingreports.amazonaws.com\", \"bcm-data-exports.amazonaws.com\"]}, "
                                + "\"Action\": [\"s3:PutObject\", \"s3:GetBucketPolicy\"], \"Resource\": [\"arn:aws:s3:::"
                                + BUCKET + "/*\", \"arn:aws:s3:::" + BUCKET + "\"], \"Condition\": {\"StringLike\": "
                                + "{\"aws:SourceAccount\": \"" + PAYER + "\", \"aws:SourceArn\": [\"arn:aws:cur:us-east-1:"
                                + PAYER + ":definition/*\", \"arn:aws:bcm-data-exports:us-east-1:" + PAYER + ":export/*\"]}}}]}"),
                Arguments.of("Data Exports, current docs: PutObject only, ArnLike SourceArn",
                        "reference §3 row 5 and §11b; dataexports-s3-bucket.html (current)",
                        "data-exports", PAYER, dataExportsNow("ArnLike", "StringEquals")),
                Arguments.of("Data Exports, current docs (other copy): StringLike for both",
                        "reference §11b (StringLike in another current copy)",
                        "data-exports", PAYER, dataExportsNow("StringLike", "StringLike")));
    }

    static String dataExportsNow(String arnOperator, String accountOperator) {
        String condition = arnOperator.equals(accountOperator)
                ? "{\"" + arnOperator + "\": {\"aws:SourceArn\": \"arn:aws:bcm-data-exports:us-east-1:" + PAYER
                + ":export/*\", \"aws:SourceAccount\": \"" + PAYER + "\"}}"
                : "{\"" + arnOperator + "\": {\"aws:SourceArn\": \"arn:aws:bcm-data-exports:us-east-1:" + PAYER
                + ":export/*\"}, \"" + accountOperator + "\": {\"aws:SourceAccount\": \"" + PAYER + "\"}}";
        return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"EnableAWSDataExportsToWriteToS3\", "
                + "\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"bcm-data-exports.amazonaws.com\"}, "
                + "\"Action\": \"s3:PutObject\", \"Resource\": \"arn:aws:s3:::" + BUCKET + "/*\", \"Condition\": "
                + condition + "}]}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void a_policy_aws_documents_or_writes_lets_its_report_in(String form, String source, String report, String account,
                                                              String policy) {
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy, PolicyRequest.parse(BUCKET, report, account, null));
        String errors = analysis.findings().stream().filter(Finding::isError).map(Finding::message)
                .collect(Collectors.joining("\n"));
        assertTrue(analysis.deliverable(), form + " (" + source + ") must pass for " + report + ", but:\n" + errors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undocumented")
    void where_aws_documents_nothing_the_finding_is_a_warning_that_says_so(String form, String policy) {
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy, PolicyRequest.parse(BUCKET, "data-exports", PAYER, null));
        assertTrue(analysis.deliverable(), analysis.findings().toString());
        Finding warning = analysis.findings().stream().filter(f -> f.code().equals("string-equals-wildcard")).findFirst()
                .orElseThrow(() -> new AssertionError("a warning: " + analysis.findings()));
        assertEquals(io.billingpilot.core.Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains("does not document"), warning.message());
    }

    static Stream<Arguments> undocumented() {
        return Stream.of(Arguments.of("Data Exports with StringEquals on a wildcard SourceArn",
                dataExportsNow("StringEquals", "StringEquals")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyElsewhere")
    void a_legacy_source_arn_in_another_region_or_account_is_a_warning_that_says_aws_documents_nothing(
            String form, String arn, String code) {
        String policy = legacyPair(SERVICE, "{\"StringEquals\": {\"aws:SourceArn\": \"" + arn + "\"}}");
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy, PolicyRequest.parse(BUCKET, "dbr", PAYER, null));
        Finding warning = analysis.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(form + ": a " + code + " finding, but " + analysis.findings()));
        assertEquals(io.billingpilot.core.Severity.WARNING, warning.severity(), form);
        assertTrue(warning.message().contains("does not document"), warning.message());
        assertTrue(analysis.deliverable(), form + ": " + analysis.findings());
    }

    static Stream<Arguments> legacyElsewhere() {
        return Stream.of(
                Arguments.of("legacy writer with the bucket's region in SourceArn",
                        "arn:aws:cur:eu-west-1:" + PAYER + ":definition/*", "source-arn-region"),
                Arguments.of("legacy writer with another account in SourceArn",
                        "arn:aws:cur:us-east-1:999999999999:definition/*", "source-account-mismatch"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrong")
    void a_policy_that_cannot_deliver_still_fails(String form, String report, String policy, String code) {
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy, PolicyRequest.parse(BUCKET, report, PAYER, null));
        assertTrue(!analysis.deliverable() && analysis.has(code), form + ": " + analysis.findings());
    }

    static Stream<Arguments> wrong() {
        return Stream.of(
                Arguments.of("Data Exports policy for a legacy CUR report", "cur",
                        dataExportsNow("ArnLike", "StringEquals"), "writer-not-allowed"),
                Arguments.of("legacy CUR with StringEquals on another wildcard", "cur",
                        legacyPair(SERVICE, "{\"StringEquals\": {\"aws:SourceArn\": \"arn:aws:cur:us-east-1:" + PAYER
                                + ":definition/team-*\"}}"), "string-equals-wildcard"));
    }

    @org.junit.jupiter.api.Test
    void the_generated_data_exports_policy_is_the_current_documented_form() {
        var generated = BucketPolicyGenerator.generate(PolicyRequest.parse(BUCKET, "data-exports", PAYER, null));
        var statements = generated.get("Statement");
        assertEquals(1, statements.size(), Json.pretty(generated));
        var only = statements.get(0);
        assertEquals("bcm-data-exports.amazonaws.com", only.at("/Principal/Service").asText());
        assertEquals("[\"s3:PutObject\"]", only.get("Action").toString());
        assertEquals("arn:aws:s3:::" + BUCKET + "/*", only.get("Resource").asText());
        assertEquals("arn:aws:bcm-data-exports:us-east-1:" + PAYER + ":export/*", only.at("/Condition/ArnLike/aws:SourceArn").asText());
        assertEquals(PAYER, only.at("/Condition/StringEquals/aws:SourceAccount").asText());
        assertTrue(PolicyAnalyzer.analyze(Json.compact(generated),
                PolicyRequest.parse(BUCKET, "data-exports", PAYER, null)).deliverable());
    }
}
