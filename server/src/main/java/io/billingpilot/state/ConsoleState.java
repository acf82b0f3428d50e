package io.billingpilot.state;

import java.time.Instant;
import java.util.List;

/**
 * What the browser extension last saw on the AWS console. {@code layout} is A, B or C (the
 * three Billing Preferences layouts), s3 (the S3 console), or data-exports / cur (the Data
 * Exports pages and the legacy Cost and Usage Report's create flow).
 *
 * @param export  the create form's choices on the data-exports and cur pages, else null
 * @param exports the exports and their statuses on the Data Exports list page (empty elsewhere)
 */
public record ConsoleState(String layout, Boolean enableReports, String bucketField, Reports reports, Instant seenAt,
                           ExportForm export, List<ExportStatus> exports) {

    public ConsoleState {
        exports = exports == null ? List.of() : List.copyOf(exports);
    }

    /** A Billing preferences or S3 page: no export form, no export list. */
    public ConsoleState(String layout, Boolean enableReports, String bucketField, Reports reports, Instant seenAt) {
        this(layout, enableReports, bucketField, reports, seenAt, null, List.of());
    }

    /** The four legacy report checkboxes. */
    public record Reports(boolean monthly, boolean detailed, boolean costAllocation, boolean detailedTags) {
        public int tickedCount() {
            return ticked().size();
        }

        /** The ticked checkboxes by their API names (monthly, detailed, costAllocation, detailedTags). */
        public java.util.Set<String> ticked() {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            if (monthly) {
                ids.add("monthly");
            }
            if (detailed) {
                ids.add("detailed");
            }
            if (costAllocation) {
                ids.add("costAllocation");
            }
            if (detailedTags) {
                ids.add("detailedTags");
            }
            return ids;
        }
    }

    /**
     * The export create form as the page holds it; every field null while the page shows nothing
     * for it. Choices are the keys of the label table's {@code choices} (e.g. HOURLY, PARQUET,
     * OVERWRITE_REPORT, cur2) or, from a console the table does not know yet, the visible label.
     */
    public record ExportForm(String name, String bucket, String prefix, String table, String granularity,
                             String format, String versioning, Boolean includeResourceIds) {
    }

    /** One row of the Data Exports list: the export's name and its Status column (e.g. Healthy). */
    public record ExportStatus(String name, String status) {
    }
}
