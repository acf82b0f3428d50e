package io.billingpilot.guide.view;

import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.ConsoleSummary;
import io.billingpilot.guide.model.CreateExportStep;
import io.billingpilot.guide.model.ExportSummary;
import io.billingpilot.guide.model.Step;
import io.billingpilot.state.SessionState;
import j2html.tags.DomContent;
import j2html.tags.specialized.HtmlTag;
import j2html.tags.specialized.SectionTag;

import java.util.ArrayList;
import java.util.List;

import static j2html.TagCreator.a;
import static j2html.TagCreator.details;
import static j2html.TagCreator.p;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.text;

/**
 * Step 2 for a Data Export (CUR 2.0, FOCUS) or a legacy Cost and Usage Report: the name and
 * prefix, what the console shows, the settings and why, the console steps, the bucket policy
 * merged into the bucket's own, and where and when the files arrive.
 */
public final class ExportReportsView {
    private ExportReportsView() {
    }

    public static HtmlTag render(ReportsView.Model model, ExportNamingView.Check naming, ConsoleLabels labels) {
        SessionState state = model.state();
        ReportType report = model.report();
        String heading = "Step 2: " + (report == ReportType.CUR ? "a Cost and Usage Report" : "a Data Export")
                + " into the bucket";
        if (state.bucket() == null) {
            return GuideLayout.page(Step.REPORTS, state, heading, ReportsView.noBucket());
        }
        String consoleConfirm = labels.exportDialog(report == ReportType.CUR ? ConsoleLabels.CUR_CREATE
                : ConsoleLabels.DATA_EXPORTS_CREATE, "confirm");
        List<DomContent> panels = new ArrayList<>();
        panels.add(ExportNamingView.panel(report, naming, labels));
        panels.add(ReportsView.account(model));
        panels.add(console(state, report, labels));
        panels.add(overwrite(consoleConfirm));
        panels.add(ExportSettings.panel(report, labels));
        panels.add(steps(state, report, labels));
        panels.add(ReportsView.policy(model));
        if (model.policy().available()) {
            panels.add(PolicyCheckView.panel(model.answers().check(), state.bucket(), consoleConfirm));
            panels.add(ApplyPolicyView.panel(model.answers().apply(), state.bucket(), consoleConfirm));
            panels.add(VerifyView.panel(model.answers().verify()));
            panels.add(CreateExportView.panel(state, report, CreateExportStep.NONE));
        }
        panels.add(ExportFilesView.panel(report, state.bucket(), state.prefix(), state.exportName(), true));
        panels.add(ReportsView.done(state));
        return GuideLayout.page(Step.REPORTS, state, heading, panels.toArray(DomContent[]::new));
    }

    /** What the extension saw on the Data Exports pages, or nothing before it has looked. */
    static SectionTag console(SessionState state, ReportType report, ConsoleLabels labels) {
        List<ConsoleSummary.Observation> seen = ExportSummary.of(state, report, labels);
        if (seen.isEmpty()) {
            return null;
        }
        return Partials.panel("console", "What your console shows",
                Partials.observations(seen),
                p("As the extension last reported it from the " + labels.exportNavigation(ConsoleLabels.DATA_EXPORTS_CREATE,
                        "page") + " pages.").withClass("hint"));
    }

    /** The console's bucket dialog writes its own policy over the bucket's (reference §8, §9). */
    static SectionTag overwrite(String consoleConfirm) {
        return Partials.panel("overwrite", "Before the console's bucket dialog",
                Partials.warning(p(text("Confirming the bucket policy in the console's bucket dialog ("),
                        Partials.ui(consoleConfirm), text(") puts the console's own policy on the bucket and removes the "
                                + "policy it had. If your bucket has a policy already, "),
                        a("check it and merge the export's statement into it").withHref("#" + PolicyCheckView.PANEL_ID),
                        text(" below, and put that merged policy back on the bucket afterwards (or before: then the "
                                + "console finds the policy in place)."))));
    }

    static SectionTag steps(SessionState state, ReportType report, ConsoleLabels labels) {
        ExportConsoleSteps.Names names = ExportConsoleSteps.Names.of(state.exportName(), state.bucket(), state.prefix());
        if (report == ReportType.CUR) {
            return Partials.panel("steps", "On the console",
                    Partials.steps(ExportConsoleSteps.legacyCur(names, labels)),
                    details(summary("Your console still shows the older " + labels.exportNavigation(ConsoleLabels.CUR_CREATE,
                            "page") + " page?"), Partials.steps(ExportConsoleSteps.olderCurPage(names, labels))));
        }
        return Partials.panel("steps", "On the console", Partials.steps(ExportConsoleSteps.dataExport(names, labels)));
    }
}
