package io.billingpilot.policy;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.BucketName;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;

/** What a bucket policy is generated or checked for: the bucket, its report writer, the payer account, the partition. */
public record PolicyRequest(String bucket, ReportType report, String account, Partition partition) {
    public PolicyRequest {
        report = report == null ? ReportType.DEFAULT : report;
        partition = partition == null ? Partition.DEFAULT : partition;
    }

    /** Parses and validates raw values (from a query string, a form or the command line). */
    public static PolicyRequest parse(String bucket, String report, String account, String partition) {
        return new PolicyRequest(BucketName.require(bucket), ReportType.parse(report), AccountId.parse(account),
                Partition.parse(partition));
    }

    public String bucketArn() {
        return partition.arnPrefix() + "s3:::" + bucket;
    }

    public String objectsArn() {
        return bucketArn() + "/*";
    }
}
