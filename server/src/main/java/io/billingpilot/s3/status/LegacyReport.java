package io.billingpilot.s3.status;

/**
 * The four legacy reports and how their file names are built (reference §5):
 * {@code ACCOUNT-aws-billing-csv-YYYY-MM.csv} and the like, at the bucket root. The ids are
 * those of the console's report checkboxes in the API.
 */
public enum LegacyReport {
    MONTHLY("monthly", "Monthly report", "aws-billing-csv", ".csv"),
    DETAILED("detailed", "Detailed billing report", "aws-billing-detailed-line-items", ".csv.zip"),
    COST_ALLOCATION("costAllocation", "Cost allocation report", "aws-cost-allocation", ".csv"),
    DETAILED_TAGS("detailedTags", "Detailed billing report with resources and tags",
            "aws-billing-detailed-line-items-with-resources-and-tags", ".csv.zip");

    private final String id;
    private final String title;
    private final String stem;
    private final String extension;

    LegacyReport(String id, String title, String stem, String extension) {
        this.id = id;
        this.title = title;
        this.stem = stem;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The middle of the name, e.g. {@code aws-billing-csv}. */
    public String stem() {
        return stem;
    }

    /** The name AWS gives this report's file for a month (commercial regions). */
    public String fileName(String account, String month) {
        return account + "-" + stem + "-" + month + extension;
    }

    public static LegacyReport byStem(String stem) {
        for (LegacyReport report : values()) {
            if (report.stem.equals(stem)) {
                return report;
            }
        }
        return null;
    }

    public static LegacyReport byId(String id) {
        for (LegacyReport report : values()) {
            if (report.id.equals(id)) {
                return report;
            }
        }
        return null;
    }
}
