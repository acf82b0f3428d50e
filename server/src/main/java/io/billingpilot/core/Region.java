package io.billingpilot.core;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * An AWS region this program knows (the AWS SDK's list), e.g. {@code eu-west-1}. Only known
 * regions are accepted anywhere: a request must not make the server keep clients or threads
 * for names it invents.
 */
public record Region(String id) {
    public static final Region DEFAULT = new Region(Regions.DEFAULT);

    public Region {
        if (!isKnown(id)) {
            throw new InvalidInputException("'" + Texts.clip(id) + "' is not an AWS region this program knows.");
        }
    }

    /** A region from people or clients; null or blank gives null. */
    public static Region parse(String value) {
        String shaped = Regions.parse(value);
        return shaped == null ? null : new Region(shaped);
    }

    public static boolean isKnown(String id) {
        return id != null && Known.IDS.contains(id);
    }

    /** Read on first use, not when the class loads. */
    private static final class Known {
        static final Set<String> IDS = software.amazon.awssdk.regions.Region.regions().stream()
                .map(software.amazon.awssdk.regions.Region::id).collect(Collectors.toUnmodifiableSet());
    }

    public Partition partition() {
        return Partition.ofRegion(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
