package io.billingpilot.s3.actions;

import io.billingpilot.core.BucketName;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Regions;

import java.util.List;

/** The bucket to create and what creating it does, shown before the admin confirms. */
public record BucketPlan(String bucket, String region) {
    public static BucketPlan parse(String bucket, String region) {
        String parsedRegion = Regions.parse(region);
        if (parsedRegion == null) {
            throw new InvalidInputException("Give the region to create the bucket in (e.g. --region us-east-1).");
        }
        return new BucketPlan(BucketName.require(bucket), parsedRegion);
    }

    public List<String> steps() {
        return List.of(
                "create the bucket '" + bucket + "' in " + region,
                "set its default encryption to SSE-S3 (AES256)",
                "block all public access to it");
    }
}
