package io.billingpilot.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.BucketName;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import io.billingpilot.core.Texts;
import io.billingpilot.json.Json;

import java.util.regex.Pattern;

/**
 * The IAM policy a monitoring tool's role needs to read the billing files, and nothing more:
 * list the bucket, read its objects, and decrypt them when the bucket uses a customer-managed
 * KMS key. The guide and the {@code reader-policy} command both print this one.
 */
public final class ReaderPolicy {
    public static final String VERSION = "2012-10-17";

    /** A KMS key ARN (not an alias: IAM resources for kms:Decrypt name the key itself). */
    private static final Pattern KMS_KEY_ARN = Pattern.compile(
            "arn:(aws|aws-cn|aws-us-gov):kms:[a-z]{2}(-[a-z]+)+-\\d{1,2}:\\d{12}:key/[A-Za-z0-9-]{1,128}");

    private ReaderPolicy() {
    }

    /**
     * @param kmsKeyArnOrNull the bucket's customer-managed key, or null for SSE-S3 (nothing to decrypt)
     * @throws InvalidInputException for an invalid bucket name or KMS key ARN
     */
    public static ObjectNode generate(String bucket, Partition partition, String kmsKeyArnOrNull) {
        PolicyRequest target = new PolicyRequest(BucketName.require(bucket), null, null, partition);
        String kmsKey = kmsKeyArnOrNull == null || kmsKeyArnOrNull.isBlank() ? null : requireKey(kmsKeyArnOrNull.trim(),
                target.partition());
        ObjectNode policy = Json.object();
        policy.put("Version", VERSION);
        var statements = policy.putArray("Statement");
        statements.add(statement("ListBillingBucket", "s3:ListBucket", target.bucketArn()));
        statements.add(statement("ReadBillingFiles", "s3:GetObject", target.objectsArn()));
        if (kmsKey != null) {
            statements.add(statement("DecryptBillingFiles", "kms:Decrypt", kmsKey));
        }
        return policy;
    }

    private static ObjectNode statement(String sid, String action, String resource) {
        ObjectNode statement = Json.object();
        statement.put("Sid", sid);
        statement.put("Effect", "Allow");
        statement.putArray("Action").add(action);
        statement.put("Resource", resource);
        return statement;
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
