package io.billingpilot.core;

import java.util.List;
import java.util.regex.Pattern;

/** AWS regions offered for the bucket, and the shape any region name must have. */
public final class Regions {
    /** Commercial regions, in the order the S3 console lists them. */
    public static final List<String> COMMON = List.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "af-south-1", "ap-east-1", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2",
            "ap-southeast-3", "ap-southeast-4", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
            "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3",
            "eu-south-1", "eu-south-2", "eu-north-1", "il-central-1", "me-south-1", "me-central-1", "sa-east-1",
            "cn-north-1", "cn-northwest-1", "us-gov-west-1", "us-gov-east-1");

    public static final String DEFAULT = "us-east-1";

    private static final Pattern SHAPE = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    private Regions() {
    }

    public static String parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String region = value.trim();
        if (!SHAPE.matcher(region).matches()) {
            throw new InvalidInputException("'" + Texts.clip(value)
                    + "' is not an AWS region name (they look like us-east-1 or eu-west-2).");
        }
        return region;
    }
}
