package io.billingpilot.s3.verify;

import io.billingpilot.s3.BucketLocation;
import io.billingpilot.s3.S3Failure;

/** The first two checklist lines, shared by verify and status: are there credentials, can the bucket be reached. */
public final class ReachItems {
    public static final String CREDENTIALS = "credentials";
    public static final String BUCKET = "bucket";
    private static final String CREDENTIALS_TITLE = "AWS credentials";
    private static final String BUCKET_TITLE = "Bucket exists and can be reached";

    private ReachItems() {
    }

    public static CheckItem noCredentials(S3Failure failure) {
        return CheckItem.unknown(CREDENTIALS, CREDENTIALS_TITLE, failure.getMessage(),
                "Provide credentials as described, then run the check again.").asEssential();
    }

    static CheckItem credentialsFound(String profile) {
        return CheckItem.pass(CREDENTIALS, CREDENTIALS_TITLE, profile == null
                ? "Found through the default chain." : "Found for the profile '" + profile + "'.");
    }

    static CheckItem found(BucketLocation location) {
        return CheckItem.pass(BUCKET, BUCKET_TITLE, "The bucket exists and these credentials reach it, in "
                + location.region() + (location.moved()
                ? " (S3 redirected the request from " + location.askedFirst() + ")." : "."));
    }

    static CheckItem bucketSkipped() {
        return CheckItem.skipped(BUCKET, BUCKET_TITLE, "no AWS credentials.");
    }

    /** HeadBucket needs s3:ListBucket; without it the bucket can still be read, and this says what to allow. */
    static CheckItem lookupDenied() {
        return CheckItem.warning(BUCKET, BUCKET_TITLE, "The bucket exists and its settings can be read, but looking "
                + "it up (HeadBucket) was denied.", "Allow s3:ListBucket on the bucket to these credentials: the "
                + "monitoring tool needs it too.");
    }

    /** The bucket lookup failed: a missing bucket is a FAIL to fix, anything else means it could not be checked. */
    public static CheckItem bucketFailure(S3Failure failure, String bucket, String region) {
        return switch (failure.kind()) {
            case NO_SUCH_BUCKET -> CheckItem.fail(BUCKET, BUCKET_TITLE, failure.getMessage(),
                    "Create it with 'billing-pilot create-bucket --bucket " + bucket + " --region " + region
                            + "' (or in the S3 console), or correct the name: it must match the console's field exactly.");
            case ACCESS_DENIED -> CheckItem.unknown(BUCKET, BUCKET_TITLE, failure.getMessage(),
                    "If the bucket is yours, use credentials of its account allowed to s3:ListBucket (--profile NAME). "
                            + "If it is not, choose another name: bucket names are shared by all AWS accounts.").asEssential();
            default -> CheckItem.unknown(BUCKET, BUCKET_TITLE, failure.getMessage(),
                    "Check the network and the endpoint, then run the check again.").asEssential();
        };
    }
}
