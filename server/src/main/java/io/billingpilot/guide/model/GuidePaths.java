package io.billingpilot.guide.model;

/**
 * Every path of the guide, in one place: the step pages, their forms and fragments, and the
 * policy download. Handlers register them, views link and post to them.
 */
public final class GuidePaths {
    public static final String START = "/";
    public static final String BUCKET = "/step/bucket";
    public static final String NAME_CHECK = "/step/bucket/check";
    public static final String CREATE_BUCKET = "/step/bucket/create";
    public static final String REPORTS = "/step/reports";
    public static final String REPORTS_LAYOUT = "/step/reports/layout";
    public static final String REPORTS_ACCOUNT = "/step/reports/account";
    public static final String EXPORT_NAMING = "/step/reports/export";
    public static final String EXPORT_NAMING_CHECK = "/step/reports/export/check";
    public static final String POLICY_CHECK = "/step/reports/policy-check";
    public static final String VERIFY = "/step/reports/verify";
    public static final String APPLY_POLICY = "/step/reports/apply-policy";
    public static final String APPLY_POLICY_CONFIRM = "/step/reports/apply-policy/confirm";
    public static final String CREATE_EXPORT = "/step/reports/create-export";
    public static final String DELIVERY = "/step/delivery";
    public static final String DELIVERY_STATUS = "/step/delivery/status";
    public static final String MONITORING = "/step/monitoring";
    public static final String MONITORING_BUCKET = "/step/monitoring/bucket";
    public static final String MONITORING_TOOL = "/step/monitoring/tool";
    public static final String POLICY_DOWNLOAD = "/guide/policy.json";
    /** The header's overlay status, polled while the extension has not said hello. */
    public static final String OVERLAY_STATUS = "/guide/overlay-status";
    /** The start page's overlay panel, polled the same way. */
    public static final String OVERLAY_STATUS_PANEL = "/guide/overlay-status/panel";

    private GuidePaths() {
    }
}
