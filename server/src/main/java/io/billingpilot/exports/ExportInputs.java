package io.billingpilot.exports;

import io.billingpilot.core.ReportType;

/**
 * What a person or a client gave for an export, as text, before any rule is applied. Null means
 * "not given" (the definition's default applies). CLI options, the JSON action and the guide's form
 * all fill this record and hand it to {@link ExportDefinition#from(ExportInputs)}.
 */
public record ExportInputs(String report, String name, String table, Boolean includeResourceIds,
                           String granularity, String format, String versioning, String bucket, String prefix,
                           String region, String account, String bucketOwner) {

    public static ExportInputs dataExport(String name, String bucket, String region, String account) {
        return new ExportInputs(ReportType.DATA_EXPORTS.id(), name, null, null, null, null, null, bucket, null, region, account, null);
    }

    public ExportInputs withReport(String value) {
        return new ExportInputs(value, name, table, includeResourceIds, granularity, format, versioning, bucket,
                prefix, region, account, bucketOwner);
    }

    public ExportInputs withTable(String value) {
        return new ExportInputs(report, name, value, includeResourceIds, granularity, format, versioning, bucket,
                prefix, region, account, bucketOwner);
    }

    public ExportInputs withPrefix(String value) {
        return new ExportInputs(report, name, table, includeResourceIds, granularity, format, versioning, bucket,
                value, region, account, bucketOwner);
    }

    public ExportInputs withBucketOwner(String value) {
        return new ExportInputs(report, name, table, includeResourceIds, granularity, format, versioning, bucket,
                prefix, region, account, value);
    }

    public ExportInputs withRegion(String value) {
        return new ExportInputs(report, name, table, includeResourceIds, granularity, format, versioning, bucket,
                prefix, value, account, bucketOwner);
    }

    public ExportInputs withFormat(String value) {
        return new ExportInputs(report, name, table, includeResourceIds, granularity, value, versioning, bucket,
                prefix, region, account, bucketOwner);
    }

    public ExportInputs withGranularity(String value) {
        return new ExportInputs(report, name, table, includeResourceIds, value, format, versioning, bucket,
                prefix, region, account, bucketOwner);
    }

    public ExportInputs withVersioning(String value) {
        return new ExportInputs(report, name, table, includeResourceIds, granularity, format, value, bucket,
                prefix, region, account, bucketOwner);
    }

    public ExportInputs withIncludeResourceIds(Boolean value) {
        return new ExportInputs(report, name, table, value, granularity, format, versioning, bucket,
                prefix, region, account, bucketOwner);
    }
}
