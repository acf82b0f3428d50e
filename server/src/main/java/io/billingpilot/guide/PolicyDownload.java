package io.billingpilot.guide;

import io.billingpilot.json.Json;
import io.billingpilot.policy.BucketPolicyGenerator;
import io.billingpilot.policy.PolicyRequest;
import io.javalin.http.Context;

/** GET /guide/policy.json: the bucket policy as a file to save; the parameters are those of the JSON API. */
final class PolicyDownload {
    private PolicyDownload() {
    }

    static void get(Context ctx) {
        PolicyRequest request = PolicyRequest.parse(ctx.queryParam("bucket"), ctx.queryParam("report"),
                ctx.queryParam("account"), ctx.queryParam("partition"));
        String policy = Json.pretty(BucketPolicyGenerator.generate(request));
        // The bucket name passed BucketName's rules, so it is safe inside the quoted file name.
        ctx.header("Content-Disposition", "attachment; filename=\"bucket-policy-" + request.bucket() + ".json\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8").result(policy + "\n");
    }
}
