package io.billingpilot.s3.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.json.Json;
import io.billingpilot.json.MalformedJsonException;
import io.billingpilot.policy.PolicyAnalysis;
import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.policy.PolicyDiff;
import io.billingpilot.policy.PolicyFormat;
import io.billingpilot.policy.PolicyMerger;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.s3.BucketLocation;
import io.billingpilot.s3.BucketLocator;
import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.Fingerprint;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.S3Errors;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Merges the billing statements into the bucket's policy, in two steps: {@link #preview} reads
 * the policy and shows the diff with the policy's fingerprint; {@link #apply} writes only if the
 * policy still has that fingerprint right before the write. (S3 has no conditional write for
 * policies; the window left is the time between that last read and the write.)
 */
public final class PolicyApplier {
    private final S3Access access;

    public PolicyApplier(S3Access access) {
        this.access = access;
    }

    /** The result of an apply: the preview it carried out, and the policy engine's verdict on the written policy. */
    public record Applied(PolicyPreview preview, boolean written, PolicyAnalysis analysis) {
    }

    public PolicyPreview preview(BucketRequest target) {
        BucketLocation location = new BucketLocator(access).reach(target.bucket(), target.region());
        return previewAt(target.policy(), location.region());
    }

    /**
     * @throws PolicyChanged when the policy's fingerprint is no longer {@code expectedSha256}
     */
    public Applied apply(BucketRequest target, String expectedSha256) {
        if (!Fingerprint.isWellFormed(expectedSha256)) {
            throw new InvalidInputException("The expected fingerprint must be the 64 hex digits shown with the diff.");
        }
        PolicyRequest request = target.policy();
        PolicyPreview current = preview(target);
        if (!current.sha256().equalsIgnoreCase(expectedSha256)) {
            throw new PolicyChanged(current);
        }
        if (!current.changes()) {
            return new Applied(current, false, PolicyAnalyzer.analyze(current.currentText(), request));
        }
        S3Client s3 = access.client(current.region());
        try {
            s3.putBucketPolicy(call -> call.bucket(request.bucket()).policy(current.mergedText()));
        } catch (RuntimeException e) {
            throw S3Errors.map(e, "writing the bucket policy", access.settings().serverName());
        }
        return new Applied(current, true, PolicyAnalyzer.analyze(current.mergedText(), request));
    }

    private PolicyPreview previewAt(PolicyRequest request, String region) {
        String text = read(access.client(region), request.bucket());
        JsonNode before;
        ObjectNode merged;
        try {
            before = text == null ? null : Json.parse(text);
            // A policy that already lets the writer deliver is left as it is, even if written differently.
            merged = before != null && PolicyAnalyzer.analyze(text, request).deliverable() && before.isObject()
                    ? (ObjectNode) before : PolicyMerger.merge(before, request);
        } catch (MalformedJsonException | InvalidInputException e) {
            throw new ActionRefused("The bucket's current policy cannot be merged: " + e.getMessage(),
                    "Correct the policy in the S3 console (bucket > Permissions > Bucket policy), then try again.");
        }
        return new PolicyPreview(request, region, text, Fingerprint.of(text), PolicyFormat.pretty(merged),
                PolicyDiff.between(before, merged));
    }

    /** The policy text exactly as stored, or null when the bucket has none. */
    private String read(S3Client s3, String bucket) {
        try {
            return s3.getBucketPolicy(call -> call.bucket(bucket)).policy();
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && "NoSuchBucketPolicy".equals(S3Errors.code(e))) {
                return null;
            }
            throw S3Errors.map(e, "reading the bucket policy", access.settings().serverName());
        } catch (RuntimeException e) {
            throw S3Errors.map(e, "reading the bucket policy", access.settings().serverName());
        }
    }
}
