package io.billingpilot.web.api;

import io.billingpilot.policy.BucketPolicyGenerator;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

/** GET /api/v1/policy: the bucket policy for the given bucket, report, account and partition. */
final class PolicyApi {
    void get(Context ctx) {
        PolicyRequest request = PolicyRequest.parse(ctx.queryParam("bucket"), ctx.queryParam("report"),
                ctx.queryParam("account"), ctx.queryParam("partition"));
        Responses.json(ctx, 200, BucketPolicyGenerator.generate(request));
    }
}
