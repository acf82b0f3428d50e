package io.billingpilot.guide;

import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import io.billingpilot.overlay.OverlayLink;
import io.billingpilot.web.GuardedRoutes;
import io.billingpilot.web.RouteGroup;
import io.billingpilot.web.ServerContext;

import static io.billingpilot.web.RouteAccess.AWS_CHANGE;
import static io.billingpilot.web.RouteAccess.AWS_READ;
import static io.billingpilot.web.RouteAccess.GUIDE;

/** The guide's step pages, their forms, the live checks and actions on the bucket, and the policy download. */
public final class GuideRoutes implements RouteGroup {

    private final StartHandler start;
    private final BucketHandler bucket;
    private final ReportsHandler reports;
    private final ExportNamingHandler exportNaming;
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
        this.exportNaming = new ExportNamingHandler(context.sessions(), labels);
        this.monitoring = new MonitoringHandler(context.sessions(), labels);
        this.policyCheck = new PolicyCheckHandler(context.sessions(), labels);
        this.verify = new VerifyHandler(context.sessions(), labels, context.s3());
        this.applyPolicy = new ApplyPolicyHandler(context.sessions(), labels, context.s3());
        this.createBucket = new CreateBucketHandler(context.sessions(), labels, context.s3());
        this.createExport = new CreateExportHandler(context.sessions(), context.s3(), context.billing());
        this.delivery = new DeliveryHandler(context.sessions(), context.s3(), context.billing());
    }

    @Override
    public void register(GuardedRoutes routes) {
        routes.before(ctx -> ctx.attribute(GuideResponses.OVERLAY, overlay));
        routes.get(GUIDE, GuidePaths.OVERLAY_STATUS, overlayStatus::header);
        routes.get(GUIDE, GuidePaths.OVERLAY_STATUS_PANEL, overlayStatus::panel);
        routes.get(GUIDE, Step.START.path(), start::get);
        routes.post(GUIDE, Step.START.path(), start::post);
        routes.get(GUIDE, Step.BUCKET.path(), bucket::get);
        routes.post(GUIDE, Step.BUCKET.path(), bucket::post);
        routes.get(GUIDE, GuidePaths.NAME_CHECK, bucket::check);
        routes.post(AWS_CHANGE, GuidePaths.CREATE_BUCKET, createBucket::post);
        routes.get(GUIDE, Step.REPORTS.path(), reports::get);
        routes.post(GUIDE, Step.REPORTS.path(), reports::done);
        routes.post(GUIDE, GuidePaths.REPORTS_LAYOUT, reports::chooseLayout);
        routes.post(GUIDE, GuidePaths.REPORTS_ACCOUNT, reports::saveAccount);
        routes.post(GUIDE, GuidePaths.EXPORT_NAMING, exportNaming::post);
        routes.get(GUIDE, GuidePaths.EXPORT_NAMING_CHECK, exportNaming::check);
        routes.get(GUIDE, GuidePaths.POLICY_CHECK, policyCheck::get);
        routes.post(GUIDE, GuidePaths.POLICY_CHECK, policyCheck::post);
        routes.post(AWS_READ, GuidePaths.VERIFY, verify::post);
        routes.post(AWS_READ, GuidePaths.APPLY_POLICY, applyPolicy::preview);
        routes.post(AWS_CHANGE, GuidePaths.APPLY_POLICY_CONFIRM, applyPolicy::confirm);
        routes.post(AWS_CHANGE, GuidePaths.CREATE_EXPORT, createExport::post);
        routes.get(AWS_READ, Step.DELIVERY.path(), delivery::get);
        routes.post(GUIDE, Step.DELIVERY.path(), delivery::done);
        routes.get(AWS_READ, GuidePaths.DELIVERY_STATUS, delivery::status);
        routes.get(GUIDE, Step.MONITORING.path(), monitoring::get);
        routes.post(GUIDE, Step.MONITORING.path(), monitoring::done);
        routes.post(GUIDE, GuidePaths.MONITORING_BUCKET, monitoring::saveBucket);
        routes.post(GUIDE, GuidePaths.MONITORING_TOOL, monitoring::saveTool);
        routes.get(GUIDE, GuidePaths.POLICY_DOWNLOAD, PolicyDownload::get);
    }
}
