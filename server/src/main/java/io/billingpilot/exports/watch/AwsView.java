package io.billingpilot.exports.watch;

import io.billingpilot.core.Finding;
import io.billingpilot.exports.aws.CurReportsClient;
import io.billingpilot.exports.aws.DataExportsClient;
import io.billingpilot.s3.actions.PolicyPreview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What AWS itself says about an export or a legacy report: its health and last runs (Data Exports)
 * or its last status and delivery (legacy CUR), each problem as a finding with its fix.
 *
 * @param checked     false when AWS could not be asked (the findings say why)
 * @param export      GetExport's answer, or null
 * @param runs        the latest runs, newest first
 * @param report      the legacy report as described, or null
 * @param policyFix   the merged policy and its diff, when AWS reports missing permissions; else null
 */
public record AwsView(WatchRequest request, boolean checked, DataExportsClient.Details export,
                      List<DataExportsClient.Execution> runs, CurReportsClient.Report report,
                      PolicyPreview policyFix, List<Finding> findings) {
    public AwsView {
        runs = runs == null ? List.of() : List.copyOf(runs);
        findings = List.copyOf(findings);
    }

    private static String text(java.time.Instant at) {
        return at == null ? null : at.toString();
    }

    public Map<String, Object> json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", request.name().value());
        body.put("report", request.report().id());
        body.put("checked", checked);
        if (export != null) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("arn", export.arn());
            status.put("statusCode", export.status() == null ? null : export.status().statusCode());
            status.put("statusReason", export.status() == null ? null : export.status().statusReason());
            status.put("createdAt", export.status() == null ? null : text(export.status().createdAt()));
            status.put("lastRefreshedAt", export.status() == null ? null : text(export.status().lastRefreshedAt()));
            status.put("bucket", export.bucket());
            status.put("prefix", export.prefix());
            status.put("region", export.bucketRegion());
            status.put("bucketOwner", export.bucketOwner());
            body.put("export", status);
            body.put("runs", runs.stream().map(run -> {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", run.id());
                line.put("statusCode", run.statusCode());
                line.put("statusReason", run.statusReason());
                line.put("createdAt", text(run.createdAt()));
                line.put("completedAt", text(run.completedAt()));
                return line;
            }).toList());
        }
        if (report != null) {
            Map<String, Object> legacy = new LinkedHashMap<>();
            legacy.put("lastStatus", report.lastStatus());
            legacy.put("lastDelivery", report.lastDelivery());
            legacy.put("bucket", report.bucket());
            legacy.put("prefix", report.prefix());
            legacy.put("region", report.bucketRegion());
            body.put("reportDefinition", legacy);
        }
        body.put("policyFix", policyFix == null ? null : policyFix.json());
        return body;
    }
}
