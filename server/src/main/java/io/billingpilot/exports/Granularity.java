package io.billingpilot.exports;

/** Time granularity: CUR 2.0's TIME_GRANULARITY and the legacy CUR's TimeUnit use the same values. */
public enum Granularity implements Choice.Named {
    HOURLY, DAILY, MONTHLY;

    @Override
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The API value, e.g. {@code HOURLY}. */
    public String apiValue() {
        return name();
    }

    public static Granularity parse(String value) {
        return Choice.parse(Granularity.class, "time granularity", value, null);
    }
}
