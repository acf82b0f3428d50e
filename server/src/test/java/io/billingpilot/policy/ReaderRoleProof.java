package io.billingpilot.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.ReportType;
import io.billingpilot.policy.iam.Caller;
import io.billingpilot.policy.iam.Evaluator;
import io.billingpilot.policy.iam.PolicyDocument;
import io.billingpilot.policy.iam.PolicyParser;
import io.billingpilot.policy.iam.RequestContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a reader role's two policies through the project's IAM model and lists every property
 * that does not hold:
 * <ul>
 *   <li>the role can list the report prefix and read a delivered file;</li>
 *   <li>it can do nothing else to the bucket: no write, no delete, no policy or ACL, no object outside the prefix;</li>
 *   <li>only the tool's account, with the External ID, can assume it.</li>
 * </ul>
 * Used on the role as the API prints it and as the generated templates carry it.
 */
public final class ReaderRoleProof {
    /** S3 actions on the bucket a reader must not have (every other bucket-level call the console can make). */
    private static final List<String> BUCKET_ACTIONS = List.of("s3:GetBucketPolicy", "s3:PutBucketPolicy",
            "s3:DeleteBucketPolicy", "s3:GetBucketAcl", "s3:PutBucketAcl", "s3:DeleteBucket",
            "s3:PutEncryptionConfiguration", "s3:PutBucketPublicAccessBlock", "s3:PutBucketOwnershipControls",
            "s3:PutLifecycleConfiguration", "s3:PutBucketVersioning", "s3:ListBucketVersions",
            "s3:ListBucketMultipartUploads", "s3:PutBucketNotification", "s3:PutReplicationConfiguration");
    /** S3 actions on an object a reader must not have. */
    private static final List<String> OBJECT_ACTIONS = List.of("s3:PutObject", "s3:DeleteObject",
            "s3:DeleteObjectVersion", "s3:GetObjectAcl", "s3:PutObjectAcl", "s3:GetObjectVersion",
            "s3:PutObjectTagging", "s3:RestoreObject", "s3:AbortMultipartUpload");
    private static final String OTHER_ACCOUNT = "999999999999";

    private ReaderRoleProof() {
    }

    /**
     * @param bucket      the bucket's name
     * @param prefix      the report prefix, or null
     * @param toolAccount the account that must be the only one to assume the role
     * @param externalId  the External ID the role must require
     * @return the properties that fail, empty when all hold
     */
    public static List<String> violations(JsonNode trustPolicy, JsonNode permissionsPolicy, String partition,
                                          String bucket, ReportType report, String prefix, String toolAccount,
                                          String externalId) {
        List<String> failures = new ArrayList<>();
        PolicyParser.Result permissions = PolicyParser.parseIdentity(permissionsPolicy);
        PolicyParser.Result trust = PolicyParser.parseTrust(trustPolicy);
        if (permissions.document() == null || !permissions.problems().isEmpty()) {
            failures.add("the permissions policy is refused: " + permissions.problems());
            return failures;
        }
        if (trust.document() == null || !trust.problems().isEmpty()) {
            failures.add("the trust policy is refused: " + trust.problems());
            return failures;
        }
        String bucketArn = "arn:" + partition + ":s3:::" + bucket;
        String delivered = bucketArn + "/" + deliveredKey(report, prefix);
        Caller role = Caller.account(partition, toolAccount);
        PolicyDocument reads = permissions.document();
        expect(failures, true, reads, new RequestContext(role, "s3:ListBucket", bucketArn)
                .with("s3:prefix", prefix == null ? "" : prefix + "/"), "list the report prefix");
        expect(failures, true, reads, new RequestContext(role, "s3:GetObject", delivered), "read " + delivered);
        for (String action : BUCKET_ACTIONS) {
            expect(failures, false, reads, new RequestContext(role, action, bucketArn), action + " on the bucket");
        }
        for (String action : OBJECT_ACTIONS) {
            expect(failures, false, reads, new RequestContext(role, action, delivered), action + " on a report file");
        }
        expect(failures, false, reads, new RequestContext(role, "s3:GetObject", bucketArn + "-other/" + deliveredKey(report,
                prefix)), "read a file of another bucket");
        expect(failures, false, reads, new RequestContext(role, "s3:ListBucket", bucketArn + "-other")
                .with("s3:prefix", ""), "list another bucket");
        if (prefix != null) {
            expect(failures, false, reads, new RequestContext(role, "s3:GetObject", bucketArn + "/private/notes.txt"),
                    "read a file outside the prefix");
            expect(failures, false, reads, new RequestContext(role, "s3:ListBucket", bucketArn).with("s3:prefix", ""),
                    "list the whole bucket");
            expect(failures, false, reads, new RequestContext(role, "s3:ListBucket", bucketArn).with("s3:prefix",
                    "private/"), "list outside the prefix");
        }
        PolicyDocument assume = trust.document();
        expect(failures, true, assume, assumeRole(Caller.account(partition, toolAccount)).with("sts:ExternalId",
                externalId), "the tool's account assumes the role with the External ID");
        expect(failures, false, assume, assumeRole(Caller.account(partition, toolAccount)),
                "the tool's account assumes the role without an External ID");
        expect(failures, false, assume, assumeRole(Caller.account(partition, toolAccount)).with("sts:ExternalId",
                externalId + "x"), "the tool's account assumes the role with another External ID");
        expect(failures, false, assume, assumeRole(Caller.account(partition, OTHER_ACCOUNT)).with("sts:ExternalId",
                externalId), "another account assumes the role");
        expect(failures, false, assume, assumeRole(Caller.service("ec2.amazonaws.com")).with("sts:ExternalId",
                externalId), "a service assumes the role");
        return failures;
    }

    /** A file as AWS delivers it for the report (docs/aws-billing-facts.md section 5), under the prefix when there is one. */
    public static String deliveredKey(ReportType report, String prefix) {
        String root = prefix == null ? "" : prefix + "/";
        return switch (report) {
            case DBR -> "123456789012-aws-billing-detailed-line-items-2026-11.csv.zip";
            case CUR -> root + "billing/20261101-20261201/billing-1.csv.gz";
            case DATA_EXPORTS -> root + "billing/data/BILLING_PERIOD=2026-11/billing-00001.csv.gz";
        };
    }

    private static RequestContext assumeRole(Caller caller) {
        return new RequestContext(caller, "sts:AssumeRole", "arn:aws:iam::123456789012:role/reader");
    }

    private static void expect(List<String> failures, boolean allowed, PolicyDocument policy, RequestContext request,
                               String what) {
        if (Evaluator.evaluate(policy, request).allowed() != allowed) {
            failures.add((allowed ? "cannot " : "can ") + what);
        }
    }
}
