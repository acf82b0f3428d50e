package io.billingpilot.guide;

import io.billingpilot.core.ExportFields;
import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.ExportNamingView;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.javalin.http.Context;

/**
 * Step 2's export name and S3 path prefix: checked as they are typed (a fragment for htmx, the
 * whole step page otherwise) and stored on submit only when AWS would take both.
 */
final class ExportNamingHandler {
    private final SessionStore sessions;
    private final ConsoleLabels labels;

    ExportNamingHandler(SessionStore sessions, ConsoleLabels labels) {
        this.sessions = sessions;
        this.labels = labels;
    }

    /** The typed values with every rule each breaks, for the session's report. */
    static ExportNamingView.Check check(ReportType report, String name, String prefix) {
        return new ExportNamingView.Check(name, prefix, ExportFields.nameRules(report, name),
                ExportFields.prefixRules(report, prefix), true);
    }

    void check(Context ctx) {
        SessionState state = sessions.get();
        ExportNamingView.Check check = check(state.reportOrDefault(), ctx.queryParam(ExportFields.NAME),
                ctx.queryParam(ExportFields.PREFIX));
        GuideResponses.fragmentOrPage(ctx, () -> ExportNamingView.verdict(check),
                () -> ReportsPage.render(PageModels.reports(state, labels), check, labels));
    }

    void post(Context ctx) {
        SessionState state = sessions.get();
        String name = ctx.formParam(ExportFields.NAME);
        String prefix = ctx.formParam(ExportFields.PREFIX);
        ExportNamingView.Check check = check(state.reportOrDefault(), name, prefix);
        if (!check.valid()) {
            GuideResponses.refused(ctx, ReportsPage.render(PageModels.reports(state, labels), check, labels));
            return;
        }
        sessions.update(current -> current.withExportName(name).withPrefix(prefix == null ? "" : prefix));
        GuideResponses.seeOther(ctx, Step.REPORTS.path() + "#panel-naming");
    }
}
