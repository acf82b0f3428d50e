package io.billingpilot.guide;

import io.billingpilot.guide.view.Partials;
import io.billingpilot.web.RouteGroup;
import io.billingpilot.web.ServerContext;
import io.javalin.config.RoutesConfig;

/** The guide's step pages, their forms and the policy download. */
public final class GuideRoutes implements RouteGroup {
    public static final String REPORTS_LAYOUT = "/step/reports/layout";
    public static final String REPORTS_ACCOUNT = "/step/reports/account";
    public static final String MONITORING_BUCKET = "/step/monitoring/bucket";
    public static final String POLICY_DOWNLOAD = "/guide/policy.json";

    private final StartHandler start;
    private final BucketHandler bucket;
    private final ReportsHandler reports;
    private final MonitoringHandler monitoring;

    public GuideRoutes(ServerContext context) {
        ConsoleLabels labels = ConsoleLabels.shared();
        this.start = new StartHandler(context.sessions());
        this.bucket = new BucketHandler(context.sessions());
        this.reports = new ReportsHandler(context.sessions(), labels);
        this.monitoring = new MonitoringHandler(context.sessions());
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Step.START.path(), start::get);
        routes.post(Step.START.path(), start::post);
        routes.get(Step.BUCKET.path(), bucket::get);
        routes.post(Step.BUCKET.path(), bucket::post);
        routes.get(Partials.NAME_CHECK_PATH, bucket::check);
        routes.get(Step.REPORTS.path(), reports::get);
        routes.post(Step.REPORTS.path(), reports::done);
        routes.post(REPORTS_LAYOUT, reports::chooseLayout);
        routes.post(REPORTS_ACCOUNT, reports::saveAccount);
        routes.get(Step.MONITORING.path(), monitoring::get);
        routes.post(Step.MONITORING.path(), monitoring::done);
        routes.post(MONITORING_BUCKET, monitoring::saveBucket);
        routes.get(POLICY_DOWNLOAD, PolicyDownload::get);
    }
}
