package io.billingpilot.web.api;

import io.billingpilot.policy.BucketPolicyGenerator;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

/**
 * GET /api/v1/policy: the bucket policy for the given bucket, report (dbr, cur, data-exports),
 * account (needed for cur and data-exports), partition, and withLegacyCur=true when legacy CUR
 * shares a Data Exports bucket.
 */
final class PolicyApi {
    void get(Context ctx) {
        PolicyRequest request = PolicyRequest.parse(ctx.queryParam("bucket"), ctx.queryParam("report"),
                ctx.queryParam("account"), ctx.queryParam("partition"))
                .withLegacyCur("true".equalsIgnoreCase(ctx.queryParam("withLegacyCur")));
        Responses.json(ctx, 200, BucketPolicyGenerator.generate(request));
    }
}
