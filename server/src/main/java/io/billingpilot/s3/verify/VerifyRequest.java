package io.billingpilot.s3.verify;

import io.billingpilot.core.Regions;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.s3.RegionPartition;

/**
 * What to verify: the bucket and its report writer (as a policy request) and, when the user
 * named one, the region to try first.
 */
public record VerifyRequest(PolicyRequest policy, String region) {
    /** Validates raw values; a service-principal report without its payer account is refused here. */
    public static VerifyRequest parse(String bucket, String report, String account, String region) {
        String parsedRegion = Regions.parse(region);
        PolicyRequest policy = PolicyRequest.parse(bucket, report, account, RegionPartition.of(parsedRegion).id());
        policy.requireAccount();
        return new VerifyRequest(policy, parsedRegion);
    }

    public String bucket() {
        return policy.bucket();
    }
}
