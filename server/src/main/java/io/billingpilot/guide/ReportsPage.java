package io.billingpilot.guide;

import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.ExportNamingView;
import io.billingpilot.guide.view.ExportReportsView;
import io.billingpilot.guide.view.ReportsView;
import io.billingpilot.state.SessionState;
import j2html.tags.specialized.HtmlTag;

/**
 * Step 2's page for the session's report type: the Billing preferences steps for the legacy
 * reports, the Data Exports (or legacy CUR) steps otherwise. Every handler that answers with the
 * whole step page (its own forms without JavaScript) goes through here.
 */
final class ReportsPage {
    private ReportsPage() {
    }

    static HtmlTag render(ReportsView.Model model, ConsoleLabels labels) {
        SessionState state = model.state();
        return render(model, ExportNamingView.Check.unchecked(state.exportName(), state.prefix()), labels);
    }

    /** @param naming the export name and prefix as typed, with their verdicts after a submit */
    static HtmlTag render(ReportsView.Model model, ExportNamingView.Check naming, ConsoleLabels labels) {
        return model.report() == ReportType.DBR ? ReportsView.render(model, labels)
                : ExportReportsView.render(model, naming, labels);
    }
}
