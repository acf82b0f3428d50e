package io.billingpilot.guide.view;

import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.ConsoleSummary;
import io.billingpilot.guide.model.Step;
import io.billingpilot.overlay.OverlayStatus;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.Situation;
import j2html.tags.specialized.FieldsetTag;
import j2html.tags.specialized.HtmlTag;
import j2html.tags.specialized.SectionTag;

import java.util.Arrays;
import java.util.List;

import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.ul;

/** The start page: where the admin stands and which reports the bucket is for. */
public final class StartView {
    private StartView() {
    }

    public static HtmlTag render(SessionState state) {
        return render(state, null, null, null);
    }

    /**
     * @param loadProblem why the saved session could not be restored at start-up, or null
     * @param overlay     whether the console overlay is connected, for its panel (none when null)
     * @param paths       which delivery paths the account can still use, as far as the console shows it, or null
     */
    public static HtmlTag render(SessionState state, String loadProblem, OverlayStatus overlay,
                                 ConsoleSummary.Observation paths) {
        return GuideLayout.page(Step.START, state, "Billing reports into S3, then into your cost-monitoring tool",
                loadProblem == null ? null : Partials.warning(p(loadProblem)),
                intro(),
                overlay == null ? null : OverlayViews.panel(overlay),
                StartPathsView.panel(paths),
                choices(state));
    }

    static SectionTag intro() {
        return Partials.panel("intro", "What happens",
                p("Three steps on the AWS console and your monitoring tool: an S3 bucket for the reports, the "
                        + "billing reports delivered into it, then the tool (Virtana, or another) reading it. The guide "
                        + "writes the names and policies for you; you paste them."));
    }

    static SectionTag choices(SessionState state) {
        return Partials.panel("start", "Where you stand",
                Partials.postForm(Step.START.path(),
                        situation(state),
                        report(state),
                        Partials.submit("Continue")));
    }

    static FieldsetTag situation(SessionState state) {
        List<Choices.Choice> choices = Arrays.stream(Situation.values())
                .map(s -> new Choices.Choice(s.key(), s.label(),
                        s == Situation.RECEIVING ? "Skips to the last step: only the monitoring tool is left to set up." : null))
                .toList();
        return Choices.radios("situation", "Your bucket", choices, state.situationOrDefault().key());
    }

    static FieldsetTag report(SessionState state) {
        List<Choices.Choice> choices = Arrays.stream(ReportType.values())
                .map(r -> new Choices.Choice(r.id(), r.title(), reportHint(r)))
                .toList();
        return Choices.radios("report", "Which reports", choices, state.reportOrDefault().id(),
                dbrClosed());
    }

    /** What each choice suits, in a few words. */
    static String reportHint(ReportType report) {
        return switch (report) {
            case DBR -> "Set on Billing preferences; files at the bucket's top level.";
            case CUR -> "What Virtana (formerly Metricly) asks for; files under a prefix.";
            case DATA_EXPORTS -> "CUR 2.0 by default, FOCUS for FOCUS-based tools; files under a prefix.";
        };
    }

    /** The fact that decides which reports a newer account can choose (docs/aws-billing-facts.md §1). */
    static j2html.tags.specialized.DivTag dbrClosed() {
        return Partials.warning(
                p("AWS closed Detailed Billing Reports to new customers on 8 July 2019. An account that did not "
                        + "receive them by then can still turn on:"),
                ul(li("the monthly report and the cost allocation report (legacy CSVs, the first choice above);"),
                        li("the legacy Cost and Usage Report;"),
                        li("Data Exports, which AWS recommends today.")));
    }
}
