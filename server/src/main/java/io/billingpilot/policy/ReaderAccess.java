package io.billingpilot.policy;

import io.billingpilot.core.BucketName;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ExportPrefix;
import io.billingpilot.core.ReportType;
import io.billingpilot.core.Texts;

import java.util.regex.Pattern;

/**
 * What a monitoring tool's role may read: the report files of one bucket (under a prefix when
 * the report has one), their KMS key when the bucket uses one, and, only when the tool needs
 * them, Cost Explorer and the report or export definitions.
 *
 * @param prefix       the report path prefix, or null for the whole bucket
 * @param kmsKeyArn    the bucket's customer-managed key, or null for SSE-S3 (nothing to decrypt)
 * @param costExplorer the tool reads Cost Explorer ({@code ce:Get*})
 * @param definitions  the tool reads the report or export definitions
 */
public record ReaderAccess(String bucket, ReportType report, String prefix, String kmsKeyArn, Partition partition,
                           boolean costExplorer, boolean definitions) {
    /** A KMS key ARN (not an alias: IAM resources for kms:Decrypt name the key itself). */
    private static final Pattern KMS_KEY_ARN = Pattern.compile(
            "arn:(aws|aws-cn|aws-us-gov):kms:[a-z]{2}(-[a-z]+)+-\\d{1,2}:\\d{12}:key/[A-Za-z0-9-]{1,128}");

    public ReaderAccess {
        report = report == null ? ReportType.DEFAULT : report;
        partition = partition == null ? Partition.DEFAULT : partition;
    }

    /** Only the files: list the bucket, read its objects, decrypt them when a key is given. */
    public static ReaderAccess filesOnly(String bucket, Partition partition, String kmsKeyArnOrNull) {
        return parse(bucket, null, null, kmsKeyArnOrNull, partition, false, false);
    }

    /** Validates raw values (command line, query string, form) into a request. */
    public static ReaderAccess parse(String bucket, ReportType report, String prefix, String kmsKeyArnOrNull,
                                     Partition partition, boolean costExplorer, boolean definitions) {
        Partition inPartition = partition == null ? Partition.DEFAULT : partition;
        ReportType type = report == null ? ReportType.DEFAULT : report;
        String cleanPrefix = ExportPrefix.parse(type, prefix == null ? null : prefix.trim());
        cleanPrefix = cleanPrefix.isEmpty() ? null : cleanPrefix;
        if (cleanPrefix != null && type == ReportType.DBR) {
            throw new InvalidInputException("The legacy reports (dbr) land at the bucket's root: a prefix does not "
                    + "apply to them. Leave --prefix out, or choose --report cur or data-exports.");
        }
        String kmsKey = kmsKeyArnOrNull == null || kmsKeyArnOrNull.isBlank() ? null
                : requireKey(kmsKeyArnOrNull.trim(), inPartition);
        return new ReaderAccess(BucketName.require(bucket), type, cleanPrefix, kmsKey, inPartition, costExplorer,
                definitions);
    }

    public String bucketArn() {
        return new PolicyRequest(bucket, report, null, partition).bucketArn();
    }

    /** The objects the tool may read: everything under the prefix, or the whole bucket without one. */
    public String reportObjectsArn() {
        PolicyRequest target = new PolicyRequest(bucket, report, null, partition);
        return prefix == null ? target.objectsArn() : target.objectArn(prefix + "/*");
    }

    /** A KMS key ARN of the partition, trimmed, or an error naming what is wrong; blank gives null. */
    public static String kmsKey(String value, Partition partition) {
        return value == null || value.isBlank() ? null : requireKey(value.trim(),
                partition == null ? Partition.DEFAULT : partition);
    }

    private static String requireKey(String arn, Partition partition) {
        if (!KMS_KEY_ARN.matcher(arn).matches()) {
            throw new InvalidInputException("'" + Texts.clip(arn) + "' is not a KMS key ARN (they look like "
                    + "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab; an alias will not do).");
        }
        if (!arn.startsWith(partition.arnPrefix())) {
            throw new InvalidInputException("The KMS key '" + Texts.clip(arn) + "' is not in the " + partition.id()
                    + " partition of the bucket.");
        }
        return arn;
    }
}
