package io.billingpilot.web.api;

import io.billingpilot.web.GuardedRoutes;
import io.billingpilot.web.RouteGroup;
import io.billingpilot.web.ServerContext;

import static io.billingpilot.web.RouteAccess.AWS_CHANGE;
import static io.billingpilot.web.RouteAccess.AWS_READ;
import static io.billingpilot.web.RouteAccess.EXTENSION_REPORT;
import static io.billingpilot.web.RouteAccess.GUIDE;


/** The JSON API of the contract, under /api/v1. */
public final class ApiRoutes implements RouteGroup {
    private final SessionApi session;
    private final ConsoleApi console;
    private final ConsoleHelloApi hello;
    private final PolicyApi policy;
    private final PolicyCheckApi policyCheck = new PolicyCheckApi();
    private final PolicyMergeApi policyMerge = new PolicyMergeApi();
    private final ReaderRoleApi readerRole = new ReaderRoleApi();
    private final ExportIacApi exportIac = new ExportIacApi();
    private final LiveChecksApi liveChecks;
    private final BucketActionsApi actions;
    private final ExportActionsApi exports;

    public ApiRoutes(ServerContext context) {
        this.session = new SessionApi(context.sessions());
        this.console = new ConsoleApi(context.sessions());
        this.hello = new ConsoleHelloApi(context.overlay());
        this.policy = new PolicyApi();
        this.liveChecks = new LiveChecksApi(context.sessions(), context.s3(), context.billing());
        this.actions = new BucketActionsApi(context.sessions(), context.s3());
        this.exports = new ExportActionsApi(context.sessions(), context.s3(), context.billing());
    }

    @Override
    public void register(GuardedRoutes routes) {
        routes.get(GUIDE, "/api/v1/session", session::get);
        routes.put(GUIDE, "/api/v1/session", session::put);
        routes.post(EXTENSION_REPORT, "/api/v1/console", console::post);
        routes.post(EXTENSION_REPORT, "/api/v1/console/hello", hello::post);
        routes.get(EXTENSION_REPORT, "/api/v1/policy", policy::get);
        routes.post(EXTENSION_REPORT, "/api/v1/policy/check", policyCheck::post);
        routes.post(EXTENSION_REPORT, "/api/v1/policy/merge", policyMerge::post);
        routes.get(GUIDE, "/api/v1/reader-role", readerRole::get);
        routes.get(GUIDE, io.billingpilot.iac.IacDownload.PATH, exportIac::get);
        routes.get(AWS_READ, "/api/v1/verify", liveChecks::verify);
        routes.get(AWS_READ, "/api/v1/status", liveChecks::status);
        routes.post(AWS_CHANGE, "/api/v1/actions/create-bucket", actions::createBucket);
        routes.post(AWS_CHANGE, "/api/v1/actions/apply-policy", actions::applyPolicy);
        routes.post(AWS_CHANGE, "/api/v1/actions/create-export", exports::create);
    }
}
