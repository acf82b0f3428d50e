package io.billingpilot.s3.verify;

import io.billingpilot.s3.BucketRequest;
import software.amazon.awssdk.services.s3.S3Client;

/** One independent look at the bucket; runs side by side with the others and never throws. */
interface BucketCheck {
    String id();

    String title();

    /** The item for this check; S3 errors become UNKNOWN items, never exceptions. */
    CheckItem run(S3Client s3, BucketRequest request, String server);
}
