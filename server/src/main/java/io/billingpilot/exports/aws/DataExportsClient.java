package io.billingpilot.exports.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.ExportJson;
import io.billingpilot.json.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Data Exports API (2023-11-26) operations billing-pilot uses, shaped after the service model:
 * CreateExport, ListExports, GetExport, ListExecutions. Replaceable by the SDK's
 * {@code BcmDataExportsClient} once the {@code bcmdataexports} module is served.
 */
public final class DataExportsClient {
    /** Pages of ListExports read at most when looking for a name (100 exports each). */
    private static final int MAX_PAGES = 10;

    private final AwsJsonClient json;

    public DataExportsClient(AwsJsonClient json) {
        this.json = json;
    }

    /** ExportStatus: HEALTHY or UNHEALTHY with a reason, and when it was last refreshed. */
    public record Status(String statusCode, String statusReason, Instant createdAt, Instant lastUpdatedAt,
                         Instant lastRefreshedAt) {
        static Status of(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            return new Status(text(node, "StatusCode"), text(node, "StatusReason"), Timestamps.read(node, "CreatedAt"),
                    Timestamps.read(node, "LastUpdatedAt"), Timestamps.read(node, "LastRefreshedAt"));
        }

        public boolean healthy() {
            return "HEALTHY".equals(statusCode);
        }
    }

    /** One line of ListExports. */
    public record Summary(String arn, String name, Status status) {
    }

    /** GetExport's answer: where the export delivers, and its status. */
    public record Details(String arn, String name, String table, String bucket, String prefix, String bucketRegion,
                          String bucketOwner, Status status) {
    }

    /** One run of an export and how it ended. */
    public record Execution(String id, String statusCode, String statusReason, Instant createdAt, Instant completedAt,
                            Instant lastUpdatedAt) {
        public boolean succeeded() {
            return "DELIVERY_SUCCESS".equals(statusCode);
        }

        public boolean failed() {
            return "DELIVERY_FAILURE".equals(statusCode) || "QUERY_FAILURE".equals(statusCode);
        }

        Instant when() {
            Instant at = completedAt != null ? completedAt : lastUpdatedAt != null ? lastUpdatedAt : createdAt;
            return at == null ? Instant.EPOCH : at;
        }
    }

    public String serverName() {
        return json.serverName();
    }

    /** Creates the export; returns its ARN. */
    public String create(ExportDefinition definition) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("Export", ExportJson.export(definition));
        JsonNode answer = json.call("CreateExport", body, "creating the export");
        return text(answer, "ExportArn");
    }

    /** The export of that name (names are unique in an account), if there is one. */
    public Optional<Summary> find(String name) {
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            ObjectNode body = Json.MAPPER.createObjectNode().put("MaxResults", 100);
            if (token != null) {
                body.put("NextToken", token);
            }
            JsonNode answer = json.call("ListExports", body, "listing the exports");
            for (JsonNode export : answer.path("Exports")) {
                if (name.equals(text(export, "ExportName"))) {
                    return Optional.of(new Summary(text(export, "ExportArn"), name, Status.of(export.get("ExportStatus"))));
                }
            }
            token = text(answer, "NextToken");
            if (token == null) {
                break;
            }
        }
        return Optional.empty();
    }

    public Details get(String arn) {
        JsonNode answer = json.call("GetExport", Json.MAPPER.createObjectNode().put("ExportArn", arn),
                "reading the export");
        JsonNode export = answer.path("Export");
        JsonNode s3 = export.path("DestinationConfigurations").path("S3Destination");
        JsonNode tables = export.path("DataQuery").path("TableConfigurations");
        String table = tables.isObject() && tables.fieldNames().hasNext() ? tables.fieldNames().next() : null;
        return new Details(arn, text(export, "Name"), table, text(s3, "S3Bucket"), text(s3, "S3Prefix"),
                text(s3, "S3Region"), text(s3, "S3BucketOwner"), Status.of(answer.get("ExportStatus")));
    }

    /** The export's most recent runs, newest first. */
    public List<Execution> executions(String arn, int max) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("ExportArn", arn).put("MaxResults", Math.max(1, max));
        JsonNode answer = json.call("ListExecutions", body, "listing the export's runs");
        List<Execution> runs = new ArrayList<>();
        for (JsonNode run : answer.path("Executions")) {
            JsonNode status = run.path("ExecutionStatus");
            runs.add(new Execution(text(run, "ExecutionId"), text(status, "StatusCode"), text(status, "StatusReason"),
                    Timestamps.read(status, "CreatedAt"), Timestamps.read(status, "CompletedAt"),
                    Timestamps.read(status, "LastUpdatedAt")));
        }
        runs.sort(Comparator.comparing(Execution::when).reversed());
        return runs.size() > max ? List.copyOf(runs.subList(0, max)) : List.copyOf(runs);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }
}
