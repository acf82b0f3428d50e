package io.billingpilot.core;

import software.amazon.awssdk.regions.Region;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * AWS regions: the ones offered for the bucket, and the one rule for which names are accepted
 * anywhere (forms, JSON, command line, S3's own answers): only regions the AWS SDK knows. Every
 * client the server keeps is per region, so an unknown name must never reach one.
 */
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

    /** A region's shape; the SDK also lists pseudo-regions (aws-global, fips-...) that are no place for a bucket. */
    private static final Pattern SHAPE = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    /** The regions of the SDK's partition metadata, fixed for the life of the program. */
    private static final Set<String> KNOWN = Region.regions().stream()
            .map(Region::id)
            .filter(id -> SHAPE.matcher(id).matches())
            .collect(Collectors.toUnmodifiableSet());

    private Regions() {
    }

    /** The region, trimmed; null when blank; an {@link InvalidInputException} (422) when it is not a known region. */
    public static String parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String region = value.trim();
        if (!SHAPE.matcher(region).matches()) {
            throw new InvalidInputException("'" + Texts.clip(value)
                    + "' is not an AWS region name (they look like us-east-1 or eu-west-2).");
        }
        if (!KNOWN.contains(region)) {
            throw new InvalidInputException("'" + Texts.clip(value) + "' is not an AWS region billing-pilot knows; "
                    + "choose one of the regions the S3 console lists, such as us-east-1 or eu-west-2.");
        }
        return region;
    }

    public static boolean isKnown(String value) {
        return value != null && KNOWN.contains(value);
    }
}
