package io.billingpilot.policy;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.BucketName;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;

/**
 * What a bucket policy is generated or checked for: the bucket, its report writer, the payer
 * account, the partition, and (for Data Exports only) whether the legacy Cost and Usage Report
 * delivers into the same bucket, which adds the legacy CUR writer to the policy.
 */
public record PolicyRequest(String bucket, ReportType report, String account, Partition partition,
                            boolean withLegacyCur) {
    public PolicyRequest {
        report = report == null ? ReportType.DEFAULT : report;
        partition = partition == null ? Partition.DEFAULT : partition;
        withLegacyCur = withLegacyCur && report == ReportType.DATA_EXPORTS;
    }

    public PolicyRequest(String bucket, ReportType report, String account, Partition partition) {
        this(bucket, report, account, partition, false);
    }

    /** Parses and validates raw values (from a query string, a form or the command line). */
    public static PolicyRequest parse(String bucket, String report, String account, String partition) {
        return new PolicyRequest(BucketName.require(bucket), ReportType.parse(report), AccountId.parse(account),
                Partition.parse(partition));
    }

    /** The same request with the legacy CUR writer sharing a Data Exports bucket (ignored for other reports). */
    public PolicyRequest withLegacyCur(boolean shared) {
        return new PolicyRequest(bucket, report, account, partition, shared);
    }

    /** The payer account id, or a clear error when the report's writer needs one and none was given. */
    public String requireAccount() {
        if (report.needsAccount() && account == null) {
            throw new InvalidInputException("The " + report.title() + " policy names the payer account: give its "
                    + "12-digit account id (--account 123456789012, or 'account' in the API).");
        }
        return account;
    }

    public String bucketArn() {
        return partition.arnPrefix() + "s3:::" + bucket;
    }

    public String objectsArn() {
        return bucketArn() + "/*";
    }

    /** The ARN of one object in the bucket. */
    public String objectArn(String key) {
        return bucketArn() + "/" + key;
    }
}
