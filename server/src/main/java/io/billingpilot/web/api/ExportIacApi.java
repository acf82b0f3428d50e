package io.billingpilot.web.api;

import io.billingpilot.iac.IacFormat;
import io.billingpilot.iac.IacInput;
import io.billingpilot.iac.IacRenderer;
import io.billingpilot.iac.Setup;
import io.javalin.http.Context;

/**
 * GET /api/v1/export-iac: the whole setup as a CloudFormation template or a Terraform file, sent
 * as a download. Parameters: format (cloudformation|terraform), bucket, and optionally report,
 * account, name, table, prefix, region, partition, tool, toolAccount, externalId. Reads nothing
 * and changes nothing; 422 names each invalid value. The guide's download buttons link here.
 */
final class ExportIacApi {
    void get(Context ctx) {
        IacFormat format = IacFormat.parse(ctx.queryParam("format"));
        Setup setup = Setup.from(new IacInput(ctx.queryParam("bucket"), ctx.queryParam("report"),
                ctx.queryParam("account"), ctx.queryParam("partition"), ctx.queryParam("region"), ctx.queryParam("name"),
                ctx.queryParam("table"), ctx.queryParam("prefix"), ctx.queryParam("tool"), ctx.queryParam("toolAccount"),
                ctx.queryParam("externalId"), null));
        // The file name is fixed, never built from the request.
        ctx.header("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(format.mediaType() + "; charset=utf-8").result(IacRenderer.render(setup, format));
    }
}
