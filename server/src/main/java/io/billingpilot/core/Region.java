package io.billingpilot.core;

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

    /** The one rule for which regions are known: {@link Regions#isKnown}. */
    public static boolean isKnown(String id) {
        return Regions.isKnown(id);
    }

    public Partition partition() {
        return Partition.ofRegion(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
