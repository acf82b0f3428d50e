package io.billingpilot.guide;

import io.billingpilot.guide.view.OverlayViews;
import io.billingpilot.guide.view.Partials;
import io.billingpilot.overlay.OverlayLink;
import io.billingpilot.web.RouteGroup;
import io.billingpilot.web.ServerContext;
import io.javalin.config.RoutesConfig;

/** The guide's step pages, their forms, the live checks and actions on the bucket, and the policy download. */
public final class GuideRoutes implements RouteGroup {
    public static final String REPORTS_LAYOUT = "/step/reports/layout";
    public static final String REPORTS_ACCOUNT = "/step/reports/account";
    public static final String EXPORT_NAMING = "/step/reports/export";
    public static final String EXPORT_NAMING_CHECK = "/step/reports/export/check";
    public static final String POLICY_CHECK = "/step/reports/policy-check";
    public static final String VERIFY = "/step/reports/verify";
    public static final String APPLY_POLICY = "/step/reports/apply-policy";
    public static final String APPLY_POLICY_CONFIRM = "/step/reports/apply-policy/confirm";
    public static final String CREATE_BUCKET = "/step/bucket/create";
    public static final String CREATE_EXPORT = "/step/reports/create-export";
    public static final String DELIVERY_STATUS = "/step/delivery/status";
    public static final String MONITORING_BUCKET = "/step/monitoring/bucket";
    public static final String MONITORING_TOOL = "/step/monitoring/tool";
    public static final String POLICY_DOWNLOAD = "/guide/policy.json";

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
        this.bucket = new BucketHandler(context.sessions());
        this.reports = new ReportsHandler(context.sessions(), labels);
        this.exportNaming = new ExportNamingHandler(context.sessions(), labels);
        this.monitoring = new MonitoringHandler(context.sessions(), labels);
        this.policyCheck = new PolicyCheckHandler(context.sessions(), labels);
        this.verify = new VerifyHandler(context.sessions(), labels, context.s3());
        this.applyPolicy = new ApplyPolicyHandler(context.sessions(), labels, context.s3());
        this.createBucket = new CreateBucketHandler(context.sessions(), context.s3());
        this.createExport = new CreateExportHandler(context.sessions(), context.s3(), context.billing());
        this.delivery = new DeliveryHandler(context.sessions(), context.s3());
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(GuideResponses.OVERLAY, overlay));
        routes.get(OverlayViews.STATUS_PATH, overlayStatus::header);
        routes.get(OverlayViews.PANEL_STATUS_PATH, overlayStatus::panel);
        routes.get(Step.START.path(), start::get);
        routes.post(Step.START.path(), start::post);
        routes.get(Step.BUCKET.path(), bucket::get);
        routes.post(Step.BUCKET.path(), bucket::post);
        routes.get(Partials.NAME_CHECK_PATH, bucket::check);
        routes.post(CREATE_BUCKET, createBucket::post);
        routes.get(Step.REPORTS.path(), reports::get);
        routes.post(Step.REPORTS.path(), reports::done);
        routes.post(REPORTS_LAYOUT, reports::chooseLayout);
        routes.post(REPORTS_ACCOUNT, reports::saveAccount);
        routes.post(EXPORT_NAMING, exportNaming::post);
        routes.get(EXPORT_NAMING_CHECK, exportNaming::check);
        routes.get(POLICY_CHECK, policyCheck::get);
        routes.post(POLICY_CHECK, policyCheck::post);
        routes.post(VERIFY, verify::post);
        routes.post(APPLY_POLICY, applyPolicy::preview);
        routes.post(APPLY_POLICY_CONFIRM, applyPolicy::confirm);
        routes.post(CREATE_EXPORT, createExport::post);
        routes.get(Step.DELIVERY.path(), delivery::get);
        routes.post(Step.DELIVERY.path(), delivery::done);
        routes.get(DELIVERY_STATUS, delivery::status);
        routes.get(Step.MONITORING.path(), monitoring::get);
        routes.post(Step.MONITORING.path(), monitoring::done);
        routes.post(MONITORING_BUCKET, monitoring::saveBucket);
        routes.post(MONITORING_TOOL, monitoring::saveTool);
        routes.get(POLICY_DOWNLOAD, PolicyDownload::get);
    }
}
