package io.billingpilot.exports.create;

import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.ExportJson;

import java.util.LinkedHashMap;
import java.util.Map;

/** The plan as the JSON API and {@code create-export --json} answer it (next to the contract's ok/findings). */
public final class PlanJson {
    private PlanJson() {
    }

    public static Map<String, Object> of(ExportPlan plan) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("definition", definition(plan.definition()));
        body.put("request", plan.definition().isDataExport() ? Map.of("Export", ExportJson.export(plan.definition()))
                : Map.of("ReportDefinition", ExportJson.reportDefinition(plan.definition())));
        body.put("policyAdmitsWriter", plan.analysis() == null ? null : plan.analysis().deliverable());
        body.put("policy", plan.policy() == null ? null : plan.policy().json());
        body.put("nameTaken", plan.existingArn() != null);
        body.put("existing", plan.existingArn());
        return body;
    }

    public static Map<String, Object> definition(ExportDefinition d) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("report", d.report().id());
        body.put("name", d.name().value());
        body.put("table", d.table() == null ? null : d.table().id());
        body.put("tableName", d.table() == null ? null : d.table().apiName());
        body.put("query", d.queryStatement());
        body.put("includeResourceIds", d.includeResourceIds());
        body.put("granularity", d.granularity() == null ? null : d.granularity().apiValue());
        body.put("format", d.format().id());
        body.put("versioning", d.versioning().apiValue());
        body.put("bucket", d.bucket());
        body.put("prefix", d.prefix());
        body.put("region", d.bucketRegion());
        body.put("account", d.sourceAccount());
        body.put("bucketOwner", d.bucketAccount());
        return body;
    }
}
