package io.billingpilot.s3.status;

import io.billingpilot.core.Finding;
import io.billingpilot.s3.Outcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What has arrived in the bucket.
 *
 * @param region             where the bucket was found; null when it was not
 * @param verificationObject AWS's verification write when it is there, else null
 * @param listRequests       list requests made: grows with the report files, not with the bucket
 */
public record DeliveryStatus(StatusRequest request, String region, List<SourceStatus> sources,
                             ReportFile verificationObject, List<Finding> findings, Outcome outcome,
                             int listRequests) {
    static DeliveryStatus failed(StatusRequest request, List<Finding> findings, Outcome outcome) {
        return new DeliveryStatus(request, null, List.of(), null, findings, outcome, 0);
    }

    public boolean ok() {
        return outcome == Outcome.FINE;
    }

    /** The contract's JSON: {@code {"ok", "findings", "outcome", "bucket", ..., "sources": [...]}}. */
    public Map<String, Object> json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", ok());
        body.put("findings", findings);
        body.putAll(details());
        return body;
    }

    public Map<String, Object> details() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        body.put("bucket", request.bucket());
        body.put("report", request.report().id());
        body.put("region", region);
        body.put("sources", sources);
        body.put("verificationObject", verificationObject);
        body.put("listRequests", listRequests);
        return body;
    }
}
