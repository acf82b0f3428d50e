package io.billingpilot.s3;

import io.billingpilot.core.Partition;
import io.billingpilot.core.Regions;
import io.billingpilot.policy.PolicyRequest;

/**
 * The bucket a check or an action is about: the bucket and its report writer (as a policy
 * request, its partition taken from the region) and, when the user named one, the region to
 * try first.
 */
public record BucketRequest(PolicyRequest policy, String region) {
    /** Validates raw values; a service-principal report without its payer account is refused here. */
    public static BucketRequest parse(String bucket, String report, String account, String region) {
        String parsedRegion = Regions.parse(region);
        PolicyRequest policy = PolicyRequest.parse(bucket, report, account, Partition.ofRegion(parsedRegion).id());
        policy.requireAccount();
        return new BucketRequest(policy, parsedRegion);
    }

    public String bucket() {
        return policy.bucket();
    }
}
