package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.json.MalformedJsonException;
import io.billingpilot.policy.PolicyAnalysis;
import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.policy.PolicyDiff;
import io.billingpilot.policy.PolicyFormat;
import io.billingpilot.policy.PolicyMerger;
import io.billingpilot.policy.PolicyText;
import io.billingpilot.web.RequestBodies;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POST /api/v1/policy/merge: the billing statements merged into the bucket's existing policy
 * ({@code "policy": null} when it has none), with the line diff to show before anything is
 * applied and the findings for the merged policy (a merge does not lift a Deny elsewhere).
 * {@code {"merged": {...}, "text": "...", "diff": [{"kind", "text"}], "ok", "findings"}}.
 */
final class PolicyMergeApi {
    void post(Context ctx) {
        PolicyRequestBody body = PolicyRequestBody.parse(RequestBodies.jsonObject(ctx), false);
        JsonNode existing = null;
        if (body.policy() != null && !body.policy().isBlank()) {
            try {
                existing = PolicyText.unwrap(PolicyText.parse(body.policy()));
            } catch (MalformedJsonException e) {
                throw new InvalidInputException("The existing policy cannot be read: " + e.getMessage());
            }
        }
        ObjectNode merged = PolicyMerger.merge(existing, body.request());
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(merged, body.request());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("merged", merged);
        answer.put("text", PolicyFormat.pretty(merged));
        answer.put("diff", PolicyDiff.between(existing, merged));
        answer.put("ok", analysis.deliverable());
        answer.put("findings", analysis.findings());
        Responses.json(ctx, 200, answer);
    }
}
