package io.billingpilot.s3;

import io.billingpilot.core.Partition;

/** The partition a region belongs to; it decides the ARN prefix in the bucket policy. */
public final class RegionPartition {
    private RegionPartition() {
    }

    public static Partition of(String region) {
        if (region == null) {
            return Partition.DEFAULT;
        }
        if (region.startsWith("cn-")) {
            return Partition.AWS_CN;
        }
        if (region.startsWith("us-gov-")) {
            return Partition.AWS_US_GOV;
        }
        return Partition.AWS;
    }
}
