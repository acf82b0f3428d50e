package io.billingpilot.s3.verify;

import io.billingpilot.policy.PolicyAnalyzer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Whether AWS's verification write has landed: the console's Verify writes
 * aws-programmatic-access-test-object at the bucket root. Its absence is no fault (Verify may
 * not have been clicked yet), so it is UNKNOWN, not FAIL.
 */
final class VerificationObjectCheck extends SettingCheck<HeadObjectResponse> {
    @Override
    public String id() {
        return "verification-object";
    }

    @Override
    public String title() {
        return "AWS's verification object has arrived";
    }

    @Override
    HeadObjectResponse fetch(S3Client s3, String bucket) {
        return s3.headObject(call -> call.bucket(bucket).key(PolicyAnalyzer.TEST_OBJECT));
    }

    @Override
    CheckItem judge(HeadObjectResponse head, VerifyRequest request) {
        return CheckItem.pass(id(), title(), PolicyAnalyzer.TEST_OBJECT + " is there (written " + head.lastModified()
                + "): AWS could write into the bucket.");
    }

    @Override
    CheckItem whenNotSet(VerifyRequest request) {
        return CheckItem.unknown(id(), title(), "AWS has not written " + PolicyAnalyzer.TEST_OBJECT + " yet.",
                "Click Verify (or Save) on the Billing preferences page: AWS writes this object when it checks the bucket.");
    }

    /** A HEAD answer has no body, so a missing object is any 404. */
    @Override
    boolean isNotSet(S3Exception e) {
        return e.statusCode() == 404;
    }

    @Override
    String notSetCode() {
        return "NoSuchKey";
    }

    @Override
    String doing() {
        return "looking for the verification object";
    }

    @Override
    String permission() {
        return "s3:GetObject and s3:ListBucket";
    }
}
