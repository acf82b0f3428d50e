package io.billingpilot.s3;

/**
 * Where a bucket was found.
 *
 * @param region     the region its requests go to
 * @param askedFirst the region tried first; differs from {@code region} after a redirect
 */
public record BucketLocation(String bucket, String region, String askedFirst) {
    public boolean moved() {
        return !region.equals(askedFirst);
    }
}
