package io.billingpilot.s3.verify;

import io.billingpilot.core.Finding;
import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.Outcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished verify: the checklist, and the region the bucket was found in (null when it was
 * not found).
 */
public record VerifyResult(BucketRequest request, String region, Checklist checklist) {
    public Outcome outcome() {
        return checklist.outcome();
    }

    public boolean ok() {
        return outcome() == Outcome.FINE;
    }

    public List<Finding> findings() {
        return checklist.findings();
    }

    /** The contract's JSON: {@code {"ok", "findings", "outcome", "bucket", ..., "checks": [...]}}. */
    public Map<String, Object> json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", ok());
        body.put("findings", findings());
        body.putAll(details());
        return body;
    }

    /** Everything but "ok" and "findings". */
    public Map<String, Object> details() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome());
        body.put("bucket", request.bucket());
        body.put("report", request.policy().report().id());
        body.put("account", request.policy().account());
        body.put("region", region);
        body.put("checks", checklist.items());
        return body;
    }
}
