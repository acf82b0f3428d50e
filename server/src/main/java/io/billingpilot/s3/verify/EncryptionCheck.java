package io.billingpilot.s3.verify;

import io.billingpilot.core.Texts;
import io.billingpilot.s3.BucketRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionByDefault;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

import java.util.Objects;

/**
 * Default encryption. SSE-S3 (AES256) is the safe choice; delivery into a bucket whose default
 * is a KMS key is not documented as supported, and every reader would need kms:Decrypt.
 */
final class EncryptionCheck extends SettingCheck<ServerSideEncryptionConfiguration> {
    EncryptionCheck() {
        super(new About("encryption", "Default encryption is SSE-S3",
                "reading the default encryption", "s3:GetEncryptionConfiguration",
                "ServerSideEncryptionConfigurationNotFoundError", false));
    }

    @Override
    ServerSideEncryptionConfiguration fetch(S3Client s3, String bucket) {
        return s3.getBucketEncryption(call -> call.bucket(bucket)).serverSideEncryptionConfiguration();
    }

    @Override
    CheckItem judge(ServerSideEncryptionConfiguration configuration, BucketRequest request) {
        String algorithm = configuration == null ? null : configuration.rules().stream()
                .map(ServerSideEncryptionRule::applyServerSideEncryptionByDefault)
                .filter(Objects::nonNull)
                .map(ServerSideEncryptionByDefault::sseAlgorithmAsString)
                .findFirst().orElse(null);
        if (algorithm == null || algorithm.equals("AES256")) {
            return CheckItem.pass(id(), title(), algorithm == null
                    ? "No default encryption rule is set; S3 encrypts new objects with SSE-S3 anyway."
                    : "New objects are encrypted with SSE-S3 (AES256).");
        }
        if (algorithm.startsWith("aws:kms")) {
            return CheckItem.warning(id(), title(), "Default encryption uses a KMS key (" + algorithm + "): AWS does "
                    + "not document billing delivery into such buckets, and every reader needs kms:Decrypt.", sseS3Fix(request));
        }
        return CheckItem.warning(id(), title(), "Default encryption is " + Texts.clip(algorithm)
                + ", which billing-pilot does not know.", sseS3Fix(request));
    }

    @Override
    CheckItem whenNotSet(BucketRequest request) {
        return judge(null, request);
    }

    private static String sseS3Fix(BucketRequest request) {
        return "Switch to SSE-S3: S3 console > " + request.bucket() + " > Properties > Default encryption > Edit > "
                + "'Server-side encryption with Amazon S3 managed keys (SSE-S3)', or run: aws s3api put-bucket-encryption "
                + "--bucket " + request.bucket() + " --server-side-encryption-configuration "
                + "'{\"Rules\":[{\"ApplyServerSideEncryptionByDefault\":{\"SSEAlgorithm\":\"AES256\"}}]}'";
    }
}
