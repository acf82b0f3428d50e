package io.billingpilot.exports;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.BucketName;
import io.billingpilot.core.ExportName;
import io.billingpilot.core.ExportPrefix;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Regions;
import io.billingpilot.core.ReportType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The exact definition of a Data Export (CUR 2.0 or FOCUS 1.2) or of a legacy Cost and Usage Report,
 * checked against every rule before anything reaches AWS. The create-export plan shows it, the API
 * clients send it, the infrastructure-code output writes it.
 *
 * @param table              the Data Exports table; null for a legacy CUR report
 * @param granularity        null for FOCUS, which has no table options
 * @param bucketRegion       the bucket's region (S3Region); the control plane is us-east-1 whatever it is
 * @param sourceAccount      the account that creates the export (the payer), named in the bucket policy
 * @param bucketOwner        the bucket's account when it is another one (Data Exports only), else null
 */
public record ExportDefinition(ReportType report, ExportName name, ExportTable table, boolean includeResourceIds,
                               Granularity granularity, FileFormat format, Versioning versioning, String bucket,
                               String prefix, String bucketRegion, String sourceAccount, String bucketOwner) {

    public ExportDefinition {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(versioning, "versioning");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(bucketRegion, "bucketRegion");
        Objects.requireNonNull(sourceAccount, "sourceAccount");
        prefix = prefix == null ? "" : prefix;
        if (bucketOwner != null && bucketOwner.equals(sourceAccount)) {
            bucketOwner = null;
        }
    }

    /** The definition for these inputs, or an {@link InvalidInputException} with every reason at once. */
    public static ExportDefinition from(ExportInputs in) {
        List<String> reasons = new ArrayList<>();
        ReportType report = attempt(reasons, () -> reportOf(in.report()));
        if (report == null) {
            throw new InvalidInputException(String.join(" ", reasons), reasons);
        }
        boolean curReport = report == ReportType.CUR;
        ExportName name = attempt(reasons, () -> ExportName.parse(report, in.name()));
        String bucket = attempt(reasons, () -> BucketName.require(in.bucket()));
        String prefix = attempt(reasons, () -> ExportPrefix.parse(report, in.prefix()));
        String region = attempt(reasons, () -> required(Regions.parse(in.region()),
                "Name the bucket's region (e.g. us-east-1): the export's S3Region."));
        String account = attempt(reasons, () -> required(AccountId.parse(in.account()),
                "Name the payer account (12 digits): the account that creates the export."));
        String owner = attempt(reasons, () -> AccountId.parse(in.bucketOwner()));
        ExportTable table = curReport ? null : attempt(reasons, () -> ExportTable.parse(in.table()));
        if (curReport && in.table() != null && !in.table().isBlank()) {
            reasons.add("A legacy Cost and Usage Report has no table choice: leave out the table, or create a"
                    + " Data Export (report data-exports) for CUR 2.0 or FOCUS.");
        }
        if (curReport && owner != null && !owner.equals(account)) {
            reasons.add("A legacy Cost and Usage Report delivers only to a bucket of the account that creates it;"
                    + " a bucket owned by another account needs a Data Export.");
        }
        boolean focus = table == ExportTable.FOCUS;
        Granularity granularity = attempt(reasons, () -> Granularity.parse(in.granularity()));
        if (focus && granularity != null) {
            reasons.add("FOCUS 1.2 has no time granularity option; leave it out.");
        }
        if (focus && Boolean.FALSE.equals(in.includeResourceIds())) {
            reasons.add("FOCUS 1.2 always carries resource IDs (its ResourceId column); it has no option to leave them out.");
        }
        FileFormat format = attempt(reasons, () -> FileFormat.parse(in.format()));
        if (!curReport && format != null && !format.offeredByDataExports()) {
            reasons.add("Data Exports offers Parquet or gzip – text/csv, not " + format.title() + ".");
        }
        Versioning versioning = attempt(reasons, () -> Versioning.parse(in.versioning()));
        if (!reasons.isEmpty()) {
            throw new InvalidInputException(String.join(" ", reasons), reasons);
        }
        return new ExportDefinition(report, name, table, focus || !Boolean.FALSE.equals(in.includeResourceIds()),
                focus ? null : granularity == null ? Granularity.HOURLY : granularity,
                format != null ? format : curReport ? FileFormat.CSV_GZIP : FileFormat.PARQUET,
                versioning == null ? Versioning.OVERWRITE : versioning,
                bucket, prefix, region, account, owner);
    }

    public boolean isDataExport() {
        return report == ReportType.DATA_EXPORTS;
    }

    /** Whether the bucket belongs to another account than the one creating the export. */
    public boolean crossAccount() {
        return bucketOwner != null;
    }

    /** The account whose bucket receives the files. */
    public String bucketAccount() {
        return bucketOwner != null ? bucketOwner : sourceAccount;
    }

    /** The query AWS expects for a Data Export; null for a legacy CUR report. */
    public String queryStatement() {
        return table == null ? null : table.queryStatement(includeResourceIds);
    }

    /** DataQuery.TableConfigurations: CUR 2.0's options as "TRUE"/"FALSE" strings; FOCUS has none. */
    public Map<String, Map<String, String>> tableConfigurations() {
        if (table == null) {
            return Map.of();
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (table.hasOptions()) {
            options.put("TIME_GRANULARITY", granularity.apiValue());
            options.put("INCLUDE_RESOURCES", flag(includeResourceIds));
            options.put("INCLUDE_SPLIT_COST_ALLOCATION_DATA", flag(false));
            options.put("INCLUDE_MANUAL_DISCOUNT_COMPATIBILITY", flag(false));
        }
        return Map.of(table.apiName(), options);
    }

    /** A legacy report's AdditionalSchemaElements. */
    public List<String> additionalSchemaElements() {
        return includeResourceIds ? List.of("RESOURCES") : List.of();
    }

    /** The definition as a person reads it in a plan: label and value, in the console's order. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Type", isDataExport() ? "Data Export" : "Legacy Cost and Usage Report"));
        lines.add(new Line(isDataExport() ? "Export name" : "Report name", name.value()));
        if (table != null) {
            lines.add(new Line("Table", table.title() + " (" + table.apiName() + ")"));
        }
        lines.add(new Line("Include resource IDs", includeResourceIds ? "yes" : "no"));
        if (granularity != null) {
            lines.add(new Line("Time granularity", granularity.apiValue()));
        }
        lines.add(new Line("Format and compression", format.title()));
        lines.add(new Line("File versioning", versioning.title() + " (" + versioning.apiValue() + ")"));
        lines.add(new Line("S3 bucket", bucket));
        lines.add(new Line("S3 path prefix", prefix.isEmpty() ? "(none: the bucket root)" : prefix));
        lines.add(new Line("Bucket region", bucketRegion));
        lines.add(new Line("Created by account", sourceAccount));
        lines.add(new Line("Bucket owner", crossAccount() ? bucketOwner + " (another account)" : sourceAccount));
        return lines;
    }

    public record Line(String label, String value) {
    }

    private static String flag(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    private static ReportType reportOf(String value) {
        ReportType report = value == null || value.isBlank() ? ReportType.DATA_EXPORTS : ReportType.parse(value);
        if (report == ReportType.DBR) {
            throw new InvalidInputException("Detailed billing reports cannot be created through an API (only in the"
                    + " console's Billing preferences); create a Data Export or a legacy CUR report instead.");
        }
        return report;
    }

    private static <T> T required(T value, String reason) {
        if (value == null) {
            throw new InvalidInputException(reason);
        }
        return value;
    }

    private static <T> T attempt(List<String> reasons, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            // The whole message: it names the value and every rule it breaks.
            reasons.add(e.getMessage());
            return null;
        }
    }
}
