package io.billingpilot.iac;

import io.billingpilot.core.ReportType;

import java.util.List;

/** The setups the infrastructure-code tests generate: each report, with and without prefix and a merged policy. */
final class IacCases {
    static final String BUCKET = "billing-reports";
    static final String ACCOUNT = "123456789012";
    static final String TOOL_ACCOUNT = "270852171095";
    static final String EXTERNAL_ID = "vt-0123456789";
    /** A bucket policy with a statement of its own (HTTPS only, exempting AWS services) to merge into. */
    static final String EXISTING_POLICY = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "HttpsOnly", "Effect": "Deny", "Principal": "*",
             "Action": "s3:*", "Resource": ["arn:aws:s3:::billing-reports", "arn:aws:s3:::billing-reports/*"],
             "Condition": {"Bool": {"aws:SecureTransport": "false", "aws:PrincipalIsAWSService": "false"}}}]}""";

    record Case(String label, IacInput input, ReportType report, String prefix) {
    }

    private IacCases() {
    }

    static List<Case> all() {
        return List.of(
                new Case("data-exports cur2 with prefix, Virtana", input("data-exports", "cur2", "exports", "virtana", null),
                        ReportType.DATA_EXPORTS, "exports"),
                new Case("data-exports focus at the root, custom tool, merged", input("data-exports", "focus", null,
                        "custom", EXISTING_POLICY), ReportType.DATA_EXPORTS, null),
                new Case("legacy cur with prefix, Virtana, merged", input("cur", null, "cur", "virtana", EXISTING_POLICY),
                        ReportType.CUR, "cur"),
                new Case("dbr, Metricly", new IacInput(BUCKET, "dbr", null, null, null, null, null, null, "metricly",
                        null, EXTERNAL_ID, null), ReportType.DBR, null));
    }

    private static IacInput input(String report, String table, String prefix, String tool, String existing) {
        return new IacInput(BUCKET, report, ACCOUNT, null, null, "billing-export", table, prefix, tool, TOOL_ACCOUNT,
                EXTERNAL_ID, existing);
    }
}
