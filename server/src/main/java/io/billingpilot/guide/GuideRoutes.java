package io.billingpilot.guide;

import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import io.billingpilot.overlay.OverlayLink;
import io.billingpilot.web.RouteGroup;
import io.billingpilot.web.ServerContext;
import io.javalin.config.RoutesConfig;

/** The guide's step pages, their forms, the live checks and actions on the bucket, and the policy download. */
public final class GuideRoutes implements RouteGroup {

    private final StartHandler start;
    private final BucketHandler bucket;
    private final ReportsHandler reports;
    private final MonitoringHandler monitoring;
    private final PolicyCheckHandler policyCheck;
    private final VerifyHandler verify;
    private final ApplyPolicyHandler applyPolicy;
    private final CreateBucketHandler createBucket;
    private final CreateExportHandler createExport;
    private final DeliveryHandler delivery;
    private final OverlayLink overlay;
    private final OverlayHandler overlayStatus;

    public GuideRoutes(ServerContext context) {
        ConsoleLabels labels = ConsoleLabels.shared();
        this.overlay = context.overlay();
        this.overlayStatus = new OverlayHandler(overlay);
        this.start = new StartHandler(context.sessions(), overlay);
        this.bucket = new BucketHandler(context.sessions(), labels);
        this.reports = new ReportsHandler(context.sessions(), labels);
        this.monitoring = new MonitoringHandler(context.sessions(), labels);
        this.policyCheck = new PolicyCheckHandler(context.sessions(), labels);
        this.verify = new VerifyHandler(context.sessions(), labels, context.s3());
        this.applyPolicy = new ApplyPolicyHandler(context.sessions(), labels, context.s3());
        this.createBucket = new CreateBucketHandler(context.sessions(), labels, context.s3());
        this.createExport = new CreateExportHandler(context.sessions(), context.s3(), context.billing());
        this.delivery = new DeliveryHandler(context.sessions(), context.s3());
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(GuideResponses.OVERLAY, overlay));
        routes.get(GuidePaths.OVERLAY_STATUS, overlayStatus::header);
        routes.get(GuidePaths.OVERLAY_STATUS_PANEL, overlayStatus::panel);
        routes.get(Step.START.path(), start::get);
        routes.post(Step.START.path(), start::post);
        routes.get(Step.BUCKET.path(), bucket::get);
        routes.post(Step.BUCKET.path(), bucket::post);
        routes.get(GuidePaths.NAME_CHECK, bucket::check);
        routes.post(GuidePaths.CREATE_BUCKET, createBucket::post);
        routes.get(Step.REPORTS.path(), reports::get);
        routes.post(Step.REPORTS.path(), reports::done);
        routes.post(GuidePaths.REPORTS_LAYOUT, reports::chooseLayout);
        routes.post(GuidePaths.REPORTS_ACCOUNT, reports::saveAccount);
        routes.get(GuidePaths.POLICY_CHECK, policyCheck::get);
        routes.post(GuidePaths.POLICY_CHECK, policyCheck::post);
        routes.post(GuidePaths.VERIFY, verify::post);
        routes.post(GuidePaths.APPLY_POLICY, applyPolicy::preview);
        routes.post(GuidePaths.APPLY_POLICY_CONFIRM, applyPolicy::confirm);
        routes.post(GuidePaths.CREATE_EXPORT, createExport::post);
        routes.get(Step.DELIVERY.path(), delivery::get);
        routes.post(Step.DELIVERY.path(), delivery::done);
        routes.get(GuidePaths.DELIVERY_STATUS, delivery::status);
        routes.get(Step.MONITORING.path(), monitoring::get);
        routes.post(Step.MONITORING.path(), monitoring::done);
        routes.post(GuidePaths.MONITORING_BUCKET, monitoring::saveBucket);
        routes.post(GuidePaths.MONITORING_TOOL, monitoring::saveTool);
        routes.get(GuidePaths.POLICY_DOWNLOAD, PolicyDownload::get);
    }
}
