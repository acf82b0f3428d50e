package io.billingpilot.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The AWS partition: it changes the ARN prefix, nothing else in the billing policies. */
public enum Partition {
    AWS("aws"),
    AWS_CN("aws-cn"),
    AWS_US_GOV("aws-us-gov");

    public static final Partition DEFAULT = AWS;

    private final String id;

    Partition(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The ARN prefix, e.g. {@code arn:aws-cn:}. */
    public String arnPrefix() {
        return "arn:" + id + ":";
    }

    /** The partition a region belongs to: China and GovCloud regions have their own; null means the default. */
    public static Partition ofRegion(String region) {
        if (region == null) {
            return DEFAULT;
        }
        if (region.startsWith("cn-")) {
            return AWS_CN;
        }
        return region.startsWith("us-gov-") ? AWS_US_GOV : AWS;
    }

    public static Partition parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (Partition partition : values()) {
            if (partition.id.equals(wanted)) {
                return partition;
            }
        }
        throw new InvalidInputException("Unknown partition '" + Texts.clip(value) + "': use one of "
                + Arrays.stream(values()).map(Partition::id).collect(Collectors.joining(", ")) + ".");
    }
}
