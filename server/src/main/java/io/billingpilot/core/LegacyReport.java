package io.billingpilot.core;

/**
 * The four legacy reports of the Billing preferences page. {@code key} is the name in the
 * JSON API ({@code POST /api/v1/console} reports) and in the session, {@code target} the
 * {@code data-billing-pilot-target} marker of its checkbox; the extension reads the same pairs
 * from {@code legacyReports} in {@code rules/console-labels.json}. The file names are
 * {@code ACCOUNT-STEM-YYYY-MM.EXT} at the bucket root.
 */
public enum LegacyReport implements Keyed {
    MONTHLY("monthly", "report-monthly", "Monthly report", "aws-billing-csv"),
    DETAILED("detailed", "report-detailed", "Detailed billing report", "aws-billing-detailed-line-items"),
    COST_ALLOCATION("costAllocation", "report-cost-allocation", "Cost allocation report", "aws-cost-allocation"),
    DETAILED_TAGS("detailedTags", "report-detailed-tags", "Detailed billing report with resources and tags",
            "aws-billing-detailed-line-items-with-resources-and-tags");

    private final String key;
    private final String target;
    private final String title;
    private final String stem;

    LegacyReport(String key, String target, String title, String stem) {
        this.key = key;
        this.target = target;
        this.title = title;
        this.stem = stem;
    }

    @Override
    public String key() {
        return key;
    }

    /** The marker of its checkbox on the console, e.g. {@code report-monthly}. */
    public String target() {
        return target;
    }

    public String title() {
        return title;
    }

    /** The middle of the file name, e.g. {@code aws-billing-csv}. */
    public String stem() {
        return stem;
    }

    public static LegacyReport byStem(String stem) {
        for (LegacyReport report : values()) {
            if (report.stem.equals(stem)) {
                return report;
            }
        }
        return null;
    }

    /** The report with this API key, or null. */
    public static LegacyReport byKey(String key) {
        for (LegacyReport report : values()) {
            if (report.key.equals(key)) {
                return report;
            }
        }
        return null;
    }
}
