package io.billingpilot.policy;

import io.billingpilot.core.Finding;
import io.billingpilot.core.Texts;
import io.billingpilot.policy.iam.Principals;
import io.billingpilot.policy.iam.Statement;
import io.billingpilot.policy.iam.Wildcard;

import java.util.Locale;

/**
 * A billing statement whose Resource misses the call: another bucket, another letter case
 * (ARNs compare case-sensitively), another partition, only a prefix of the bucket (AWS checks
 * with an object at the root), or the bucket where objects are meant, and the reverse.
 */
final class ResourceMismatch {
    private ResourceMismatch() {
    }

    static void report(Statement statement, WriterCall call, PolicyRequest request, FindingCollector findings) {
        String label = statement.sentenceLabel();
        String wanted = call.onBucket() ? request.bucketArn() : request.objectsArn();
        String fix = "In " + statement.label() + ", write \"Resource\": \"" + wanted + "\"" + (call.onBucket() ? "" : " (every key, the root included)") + ".";
        String key = "|" + statement.index() + "|" + call.writer().principalText();
        if (statement.notResource()) {
            findings.add("resource-mismatch" + key, call, calls -> Finding.error("resource-mismatch",
                    label + " excludes " + call.resource() + " with NotResource, so it does not allow " + calls + ".", fix));
            return;
        }
        String bucketArn = request.bucketArn();
        String lowerBucketArn = bucketArn.toLowerCase(Locale.ROOT);
        for (String pattern : statement.resources()) {
            String shown = "\"" + Texts.clip(pattern) + "\"";
            if (Wildcard.matches(pattern, call.resource(), true)) {
                findings.add("resource-letter-case" + key, call, calls -> Finding.error("resource-letter-case",
                        label + " names " + shown + ", which differs from the bucket " + request.bucket()
                                + " only in letter case; ARNs compare case-sensitively, so it does not allow " + calls + ".", fix));
                return;
            }
            String lower = pattern.toLowerCase(Locale.ROOT);
            if (!call.onBucket() && lower.startsWith(lowerBucketArn + "/")) {
                findings.add("put-object-prefix-only" + key, call, calls -> Finding.error("put-object-prefix-only",
                        label + " allows " + call.action() + " only on " + shown + ", but AWS verifies the bucket by writing "
                                + PolicyAnalyzer.TEST_OBJECT + " at the bucket root, and that write is refused.", fix));
                return;
            }
            if (call.onBucket() && lower.startsWith(lowerBucketArn + "/") || !call.onBucket() && lower.equals(lowerBucketArn)) {
                findings.add("resource-wrong-level" + key, call, calls -> Finding.error("resource-wrong-level",
                        label + " grants " + calls + " on " + shown + ", but " + call.action() + " acts on "
                                + (call.onBucket() ? "the bucket itself, " + bucketArn : "objects, " + request.objectsArn()) + ".", fix));
                return;
            }
        }
        for (String pattern : statement.resources()) {
            String partition = Principals.partitionOf(pattern);
            String other = otherBucket(pattern);
            if (other != null && other.equals(request.bucket()) && partition != null
                    && !partition.equals(request.partition().id())) {
                findings.add("resource-partition" + key, call, calls -> Finding.error("resource-partition",
                        label + " names \"" + Texts.clip(pattern) + "\" in the " + Texts.clip(partition) + " partition, but the bucket is in "
                                + request.partition().id() + " (" + bucketArn + "), so it does not allow " + calls + ".", fix));
                return;
            }
            if (other != null && !other.equalsIgnoreCase(request.bucket())) {
                findings.add("resource-other-bucket" + key, call, calls -> Finding.error("resource-other-bucket",
                        label + " names the bucket \"" + Texts.clip(other) + "\", not " + request.bucket()
                                + ", so it does not allow " + calls + ".", fix));
                return;
            }
        }
        findings.add("resource-mismatch" + key, call, calls -> Finding.error("resource-mismatch",
                label + "'s Resource does not cover " + call.resource() + ", so it does not allow " + calls + ".", fix));
    }

    /** The bucket name of an S3 ARN pattern ({@code arn:P:s3:::NAME[/...]}), or null. */
    private static String otherBucket(String pattern) {
        String[] parts = pattern.split(":", 6);
        if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("s3") || !parts[3].isEmpty()
                || !parts[4].isEmpty()) {
            return null;
        }
        int slash = parts[5].indexOf('/');
        String name = slash < 0 ? parts[5] : parts[5].substring(0, slash);
        return name.isEmpty() || Wildcard.hasWildcard(name) ? null : name;
    }
}
