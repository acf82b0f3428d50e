package io.billingpilot.web.api;

import io.billingpilot.policy.PolicyAnalysis;
import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.web.RequestBodies;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POST /api/v1/policy/check: can the billing writer deliver under the posted policy?
 * {@code {"ok": bool, "findings": [...]}}. A pure computation, but the policy text is too
 * large for a query string. Text that is no policy is a finding (200), not an error.
 */
final class PolicyCheckApi {
    void post(Context ctx) {
        PolicyRequestBody body = PolicyRequestBody.parse(RequestBodies.jsonObject(ctx), true);
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(body.policy(), body.request());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", analysis.deliverable());
        answer.put("findings", analysis.findings());
        Responses.json(ctx, 200, answer);
    }
}
