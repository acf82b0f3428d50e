package io.billingpilot.exports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.json.Json;

import java.util.Map;

/**
 * An export definition in AWS's own shapes: the Data Exports {@code Export} structure and the legacy
 * {@code ReportDefinition}. The API clients send them; CloudFormation's AWS::BCMDataExports::Export
 * and AWS::CUR::ReportDefinition use the same member names.
 */
public final class ExportJson {
    /** The only refresh cadence in the API model. */
    public static final String REFRESH_FREQUENCY = "SYNCHRONOUS";

    private ExportJson() {
    }

    /** CreateExport's {@code Export}. */
    public static ObjectNode export(ExportDefinition definition) {
        ObjectNode export = Json.MAPPER.createObjectNode();
        export.put("Name", definition.name().value());
        export.put("Description", "Created by billing-pilot");
        ObjectNode query = export.putObject("DataQuery");
        query.put("QueryStatement", definition.queryStatement());
        ObjectNode tables = query.putObject("TableConfigurations");
        for (Map.Entry<String, Map<String, String>> table : definition.tableConfigurations().entrySet()) {
            ObjectNode options = tables.putObject(table.getKey());
            table.getValue().forEach(options::put);
        }
        ObjectNode s3 = export.putObject("DestinationConfigurations").putObject("S3Destination");
        s3.put("S3Bucket", definition.bucket());
        s3.put("S3Prefix", definition.prefix());
        s3.put("S3Region", definition.bucketRegion());
        if (definition.crossAccount()) {
            s3.put("S3BucketOwner", definition.bucketOwner());
        }
        ObjectNode output = s3.putObject("S3OutputConfigurations");
        output.put("OutputType", "CUSTOM");
        output.put("Format", definition.format().dataExportsFormat());
        output.put("Compression", definition.format().dataExportsCompression());
        output.put("Overwrite", definition.versioning().apiValue());
        export.putObject("RefreshCadence").put("Frequency", REFRESH_FREQUENCY);
        return export;
    }

    /** PutReportDefinition's {@code ReportDefinition}. */
    public static ObjectNode reportDefinition(ExportDefinition definition) {
        ObjectNode report = Json.MAPPER.createObjectNode();
        report.put("ReportName", definition.name().value());
        report.put("TimeUnit", definition.granularity().apiValue());
        report.put("Format", definition.format().curFormat());
        report.put("Compression", definition.format().curCompression());
        ArrayNode elements = report.putArray("AdditionalSchemaElements");
        definition.additionalSchemaElements().forEach(elements::add);
        report.put("S3Bucket", definition.bucket());
        report.put("S3Prefix", definition.prefix());
        report.put("S3Region", definition.bucketRegion());
        report.putArray("AdditionalArtifacts");
        report.put("RefreshClosedReports", true);
        report.put("ReportVersioning", definition.versioning().apiValue());
        return report;
    }
}
