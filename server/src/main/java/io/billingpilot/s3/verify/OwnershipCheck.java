package io.billingpilot.s3.verify;

import io.billingpilot.s3.BucketRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.OwnershipControls;
import software.amazon.awssdk.services.s3.model.OwnershipControlsRule;

/**
 * Object ownership. With "Bucket owner enforced" (ACLs off) the bucket's account owns every
 * file AWS delivers, so readers in that account can always read them.
 */
final class OwnershipCheck extends SettingCheck<OwnershipControls> {
    OwnershipCheck() {
        super(new About("ownership", "The bucket owns the delivered files",
                "reading the object ownership setting", "s3:GetBucketOwnershipControls",
                "OwnershipControlsNotFoundError", false));
    }

    @Override
    OwnershipControls fetch(S3Client s3, String bucket) {
        return s3.getBucketOwnershipControls(call -> call.bucket(bucket)).ownershipControls();
    }

    @Override
    CheckItem judge(OwnershipControls controls, BucketRequest request) {
        ObjectOwnership ownership = controls == null ? null : controls.rules().stream()
                .map(OwnershipControlsRule::objectOwnership).findFirst().orElse(null);
        if (ownership == ObjectOwnership.BUCKET_OWNER_ENFORCED) {
            return CheckItem.pass(id(), title(), "Object ownership is 'Bucket owner enforced': ACLs are off and the "
                    + "bucket's account owns every delivered file.");
        }
        if (ownership == ObjectOwnership.BUCKET_OWNER_PREFERRED) {
            return CheckItem.pass(id(), title(), "Object ownership is 'Bucket owner preferred'.");
        }
        return CheckItem.warning(id(), title(), ownership == null
                        ? "The bucket has no object ownership setting: files may stay owned by the account that wrote them."
                        : "Object ownership is 'Object writer': delivered files may stay owned by AWS's billing account.",
                "Set Object Ownership to 'Bucket owner enforced': S3 console > " + request.bucket()
                        + " > Permissions > Object Ownership > Edit, or run: aws s3api put-bucket-ownership-controls "
                        + "--bucket " + request.bucket() + " --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'");
    }

    @Override
    CheckItem whenNotSet(BucketRequest request) {
        return judge(null, request);
    }
}
