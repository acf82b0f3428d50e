package io.billingpilot.web.api;

import io.billingpilot.policy.MergedPolicy;
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
        MergedPolicy merge = MergedPolicy.of(body.policy(), body.request());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("merged", merge.policy());
        answer.put("text", merge.text());
        answer.put("diff", merge.diff());
        answer.put("ok", merge.analysis().deliverable());
        answer.put("findings", merge.analysis().findings());
        Responses.json(ctx, 200, answer);
    }
}
