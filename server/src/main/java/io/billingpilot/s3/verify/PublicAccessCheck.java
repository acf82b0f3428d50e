package io.billingpilot.s3.verify;

import io.billingpilot.s3.BucketRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;

import java.util.ArrayList;
import java.util.List;

/**
 * The bucket's public access block. Billing files hold cost details, so all four settings
 * should be on; they do not hinder delivery, which the policy grants to named principals.
 */
final class PublicAccessCheck extends SettingCheck<PublicAccessBlockConfiguration> {
    PublicAccessCheck() {
        super(new About("public-access", "Public access is blocked",
                "reading the public access block", "s3:GetBucketPublicAccessBlock",
                "NoSuchPublicAccessBlockConfiguration", false));
    }

    @Override
    PublicAccessBlockConfiguration fetch(S3Client s3, String bucket) {
        return s3.getPublicAccessBlock(call -> call.bucket(bucket)).publicAccessBlockConfiguration();
    }

    @Override
    CheckItem judge(PublicAccessBlockConfiguration block, BucketRequest request) {
        List<String> off = new ArrayList<>();
        if (block == null || !Boolean.TRUE.equals(block.blockPublicAcls())) {
            off.add("BlockPublicAcls");
        }
        if (block == null || !Boolean.TRUE.equals(block.ignorePublicAcls())) {
            off.add("IgnorePublicAcls");
        }
        if (block == null || !Boolean.TRUE.equals(block.blockPublicPolicy())) {
            off.add("BlockPublicPolicy");
        }
        if (block == null || !Boolean.TRUE.equals(block.restrictPublicBuckets())) {
            off.add("RestrictPublicBuckets");
        }
        if (off.isEmpty()) {
            return CheckItem.pass(id(), title(), "All four public access settings are on.");
        }
        return CheckItem.warning(id(), title(), (block == null
                        ? "The bucket has no public access block of its own (an account-wide one may still apply)."
                        : "Public access is not fully blocked; off: " + String.join(", ", off) + ".")
                        + " Billing files show the account's costs.",
                "Block all public access: S3 console > " + request.bucket() + " > Permissions > Block public access > "
                        + "Edit, or run: aws s3api put-public-access-block --bucket " + request.bucket()
                        + " --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,"
                        + "BlockPublicPolicy=true,RestrictPublicBuckets=true");
    }

    @Override
    CheckItem whenNotSet(BucketRequest request) {
        return judge(null, request);
    }
}
