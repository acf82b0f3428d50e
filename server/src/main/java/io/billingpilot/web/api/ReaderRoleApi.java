package io.billingpilot.web.api;

import io.billingpilot.handoff.ReaderRoleInput;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

/**
 * GET /api/v1/reader-role: the monitoring tool's role, {@code {"trustPolicy", "permissionsPolicy"}},
 * for bucket, toolAccount, externalId and optionally tool, report, prefix, kmsKey, partition,
 * costExplorer and definitions (true/false). Reads nothing and changes nothing; 422 names each
 * invalid value.
 */
final class ReaderRoleApi {
    void get(Context ctx) {
        ReaderRoleInput input = new ReaderRoleInput(ctx.queryParam("tool"), ctx.queryParam("bucket"),
                ctx.queryParam("report"), ctx.queryParam("prefix"), ctx.queryParam("kmsKey"),
                ctx.queryParam("partition"), ctx.queryParam("toolAccount"), ctx.queryParam("externalId"),
                QueryFlags.bool(ctx, "costExplorer"), QueryFlags.bool(ctx, "definitions"));
        Responses.json(ctx, 200, input.check().role().toJson());
    }
}
