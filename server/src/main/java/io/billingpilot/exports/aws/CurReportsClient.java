package io.billingpilot.exports.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.ExportJson;
import io.billingpilot.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.billingpilot.exports.aws.DataExportsClient.text;

/**
 * The legacy Cost and Usage Report API (2017-01-06) operations billing-pilot uses:
 * PutReportDefinition and DescribeReportDefinitions. Replaceable by the SDK's
 * {@code CostAndUsageReportClient} once the {@code costandusagereport} module is served.
 */
public final class CurReportsClient {
    /** DescribeReportDefinitions takes exactly 5 per page. */
    private static final int PAGE_SIZE = 5;
    /** Accounts have at most a handful of reports; this bounds the paging all the same. */
    private static final int MAX_PAGES = 20;

    private final AwsJsonClient json;

    public CurReportsClient(AwsJsonClient json) {
        this.json = json;
    }

    /**
     * A report definition as AWS describes it, with its read-only delivery status.
     *
     * @param lastStatus   SUCCESS, ERROR_PERMISSIONS or ERROR_NO_BUCKET, or null before the first delivery
     * @param lastDelivery when AWS last delivered, as it writes it ({@code YYYYMMDDTHHMMSSZ}), or null
     */
    public record Report(String name, String bucket, String prefix, String bucketRegion, String timeUnit,
                         String format, String lastStatus, String lastDelivery) {
    }

    public String serverName() {
        return json.serverName();
    }

    public void put(ExportDefinition definition) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("ReportDefinition", ExportJson.reportDefinition(definition));
        json.call("PutReportDefinition", body, "creating the report definition");
    }

    public List<Report> describeAll() {
        List<Report> reports = new ArrayList<>();
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            ObjectNode body = Json.MAPPER.createObjectNode().put("MaxResults", PAGE_SIZE);
            if (token != null) {
                body.put("NextToken", token);
            }
            JsonNode answer = json.call("DescribeReportDefinitions", body, "reading the report definitions");
            for (JsonNode report : answer.path("ReportDefinitions")) {
                JsonNode status = report.path("ReportStatus");
                reports.add(new Report(text(report, "ReportName"), text(report, "S3Bucket"), text(report, "S3Prefix"),
                        text(report, "S3Region"), text(report, "TimeUnit"), text(report, "Format"),
                        text(status, "lastStatus"), text(status, "lastDelivery")));
            }
            token = text(answer, "NextToken");
            if (token == null || token.isEmpty()) {
                break;
            }
        }
        return reports;
    }

    /** The report of that name (case-sensitive, as AWS compares them), if there is one. */
    public Optional<Report> find(String name) {
        return describeAll().stream().filter(report -> name.equals(report.name())).findFirst();
    }
}
