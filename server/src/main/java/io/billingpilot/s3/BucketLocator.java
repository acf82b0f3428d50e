package io.billingpilot.s3;

import software.amazon.awssdk.services.s3.model.GetBucketLocationResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Finds out whether a bucket exists, may be reached with these credentials, and in which
 * region it lives. S3 answers 404 for no such bucket, 403 for someone else's bucket (or no
 * permission), and 301 with an {@code x-amz-bucket-region} header for another region: then
 * the request is made again there.
 */
public final class BucketLocator {
    private static final String WHAT = "checking that the bucket exists";

    private final S3Access access;

    public BucketLocator(S3Access access) {
        this.access = access;
    }

    /**
     * Credentials first, then the bucket: its location, or an {@link S3Failure} saying why not.
     *
     * @param regionOrNull the region to try first; null for the remembered or configured one
     */
    public BucketLocation reach(String bucket, String regionOrNull) {
        access.credentialsProblem().ifPresent(failure -> {
            throw failure;
        });
        return locate(bucket, regionOrNull != null ? regionOrNull : access.firstGuess(bucket));
    }

    /** The bucket's location, or an {@link S3Failure} (NO_SUCH_BUCKET, ACCESS_DENIED, TIMEOUT, ...). */
    public BucketLocation locate(String bucket, String firstRegion) {
        try {
            return found(bucket, head(bucket, firstRegion), firstRegion);
        } catch (S3Failure failure) {
            if (!failure.is(S3Failure.Kind.WRONG_REGION)) {
                throw failure;
            }
            String real = failure.region() != null ? failure.region() : askLocation(bucket, firstRegion);
            if (real == null || real.equals(firstRegion)) {
                throw new S3Failure(S3Failure.Kind.REFUSED, "S3 says the bucket is in another region but does not "
                        + "say which. Give the bucket's region with --region.");
            }
            head(bucket, real);
            BucketLocation location = new BucketLocation(bucket, real, firstRegion);
            access.remember(bucket, real);
            return location;
        }
    }

    private BucketLocation found(String bucket, HeadBucketResponse response, String asked) {
        // Real S3 names the region in every answer; an S3-compatible server may say "local" or nothing.
        String named = response.bucketRegion();
        String region = named != null && S3Errors.isRegion(named) ? named : asked;
        access.remember(bucket, region);
        return new BucketLocation(bucket, region, asked);
    }

    private HeadBucketResponse head(String bucket, String region) {
        try {
            return access.client(region).headBucket(request -> request.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new S3Failure(S3Failure.Kind.NO_SUCH_BUCKET, "There is no bucket named '" + bucket + "'.",
                        "NoSuchBucket", null);
            }
            if (e.statusCode() == 403) {
                throw new S3Failure(S3Failure.Kind.ACCESS_DENIED, "The bucket '" + bucket + "' exists but belongs "
                        + "to another account, or these credentials may not access it (HTTP 403).", "AccessDenied", null);
            }
            throw S3Errors.map(e, WHAT, access.settings().serverName());
        } catch (RuntimeException e) {
            throw S3Errors.map(e, WHAT, access.settings().serverName());
        }
    }

    /** GetBucketLocation works from any region; used when a redirect does not name the region. */
    private String askLocation(String bucket, String region) {
        try {
            GetBucketLocationResponse response = access.client(region).getBucketLocation(request -> request.bucket(bucket));
            String constraint = response.locationConstraintAsString();
            if (constraint == null || constraint.isEmpty()) {
                return "us-east-1";
            }
            return constraint.equals("EU") ? "eu-west-1" : constraint;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
