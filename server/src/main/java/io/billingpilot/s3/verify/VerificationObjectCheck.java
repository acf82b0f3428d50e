package io.billingpilot.s3.verify;

import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.s3.BucketRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Whether AWS's verification write has landed: the console's Verify writes
 * aws-programmatic-access-test-object at the bucket root. Its absence is no fault (Verify may
 * not have been clicked yet), so it is UNKNOWN, not FAIL.
 */
final class VerificationObjectCheck extends SettingCheck<HeadObjectResponse> {
    VerificationObjectCheck() {
        super(new About("verification-object", "AWS's verification object has arrived",
                "looking for the verification object", "s3:GetObject and s3:ListBucket", "NoSuchKey", false));
    }

    @Override
    HeadObjectResponse fetch(S3Client s3, String bucket) {
        return s3.headObject(call -> call.bucket(bucket).key(PolicyAnalyzer.TEST_OBJECT));
    }

    @Override
    CheckItem judge(HeadObjectResponse head, BucketRequest request) {
        return CheckItem.pass(id(), title(), PolicyAnalyzer.TEST_OBJECT + " is there (written " + head.lastModified()
                + "): AWS could write into the bucket.");
    }

    @Override
    CheckItem whenNotSet(BucketRequest request) {
        return CheckItem.unknown(id(), title(), "AWS has not written " + PolicyAnalyzer.TEST_OBJECT + " yet.",
                "Click Verify (or Save) on the Billing preferences page: AWS writes this object when it checks the bucket.");
    }

    /** A HEAD answer has no body, so a missing object is any 404. */
    @Override
    boolean isNotSet(S3Exception e) {
        return e.statusCode() == 404;
    }
}
