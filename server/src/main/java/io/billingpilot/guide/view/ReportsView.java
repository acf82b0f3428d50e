package io.billingpilot.guide.view;

import io.billingpilot.core.Layout;
import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.ApplyStep;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.ConsoleSummary;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.PastedPolicy;
import io.billingpilot.guide.model.SessionPolicies;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.model.VerifyRun;
import io.billingpilot.state.SessionState;
import j2html.tags.DomContent;
import j2html.tags.specialized.HtmlTag;
import j2html.tags.specialized.SectionTag;

import java.util.ArrayList;
import java.util.List;

import static j2html.TagCreator.a;
import static j2html.TagCreator.code;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.p;
import static j2html.TagCreator.text;

/**
 * Step 2 for the legacy reports on Billing preferences (Data Exports and the legacy CUR are in
 * {@link ExportReportsView}). Built from named panels (layout,
 * console, overwrite warning, console steps, policy, wait, done) so more can be placed among them.
 */
public final class ReportsView {
    private ReportsView() {
    }

    /**
     * What the page shows, worked out from the session by the guide's handlers ({@code PageModels}).
     *
     * @param consoleSeen what the extension last reported from the console, as sentences (empty when nothing)
     */
    public record Model(SessionState state, ReportType report, Layout layout, boolean layoutSeen,
                        SessionPolicies.Shown policy, List<ConsoleSummary.Observation> consoleSeen,
                        String accountTyped, String accountProblem, Answers answers) {

        /** The same page after a refused account id, with the typed value and the reason. */
        public Model withAccountProblem(String typed, String problem) {
            return new Model(state, report, layout, layoutSeen, policy, consoleSeen, typed, problem, answers);
        }

        /** The same page with a pasted policy checked and merged. */
        public Model withPolicyCheck(PastedPolicy pasted) {
            return withAnswers(new Answers(pasted, answers.verify(), answers.apply()));
        }

        /** The same page with the live checks' checklist. */
        public Model withVerify(VerifyRun verify) {
            return withAnswers(new Answers(answers.check(), verify, answers.apply()));
        }

        /** The same page with the apply-policy panel's diff, result or refusal. */
        public Model withApply(ApplyStep apply) {
            return withAnswers(new Answers(answers.check(), answers.verify(), apply));
        }

        private Model withAnswers(Answers more) {
            return new Model(state, report, layout, layoutSeen, policy, consoleSeen, accountTyped, accountProblem, more);
        }
    }

    /** What the panel forms answered, for the page that re-renders without JavaScript. Never stored. */
    public record Answers(PastedPolicy check, VerifyRun verify, ApplyStep apply) {
        public static final Answers NONE = new Answers(PastedPolicy.NONE, VerifyRun.NONE, ApplyStep.NONE);
    }

    public static HtmlTag render(Model model, ConsoleLabels labels) {
        SessionState state = model.state();
        String heading = "Step 2: billing reports into the bucket";
        if (state.bucket() == null) {
            return GuideLayout.page(Step.REPORTS, state, heading, noBucket());
        }
        List<DomContent> panels = new ArrayList<>();
        panels.add(layout(model, labels));
        panels.add(console(model));
        panels.add(overwrite(model.layout(), labels));
        panels.add(Partials.panel("steps", "On the console",
                Partials.steps(ConsoleSteps.legacyReports(model.layout(), state.bucket(), labels))));
        panels.add(policy(model));
        if (model.policy().available()) {
            String consoleNext = labels.hasTarget(model.layout(), "configure-bucket")
                    ? labels.dialog(model.layout(), "next") : null;
            panels.add(PolicyCheckView.panel(model.answers().check(), state.bucket(), consoleNext));
            panels.add(ApplyPolicyView.panel(model.answers().apply(), state.bucket(), consoleNext));
            panels.add(VerifyView.panel(model.answers().verify()));
        }
        panels.add(waiting());
        panels.add(done(state));
        return GuideLayout.page(Step.REPORTS, state, heading, panels.toArray(DomContent[]::new));
    }

    static SectionTag noBucket() {
        return Partials.panel("no-bucket", "First, the bucket",
                p(text("The steps and the policy here are written for your bucket. "),
                        a("Enter its name in step 1").withHref(Step.BUCKET.path()), text(".")));
    }

    static SectionTag layout(Model model, ConsoleLabels labels) {
        String heading = "Your Billing preferences page";
        if (model.layoutSeen()) {
            return Partials.panel("layout", heading,
                    p("The extension sees layout " + model.layout().key() + ", " + labels.title(model.layout())
                            + ", on your console; the steps follow it."));
        }
        List<Choices.Choice> choices = labels.layouts().stream()
                .map(layout -> new Choices.Choice(layout.key(), layout.key() + ": " + labels.title(layout),
                        layoutHint(layout, labels)))
                .toList();
        return Partials.panel("layout", heading,
                Partials.postForm(GuidePaths.REPORTS_LAYOUT,
                        Choices.radios("layout", "Which one do you see?", choices, model.layout().key()),
                        Partials.submit("Show its steps")));
    }

    /** How to tell the layouts apart: layout A has no legacy section, the others name theirs. */
    static String layoutHint(Layout layout, ConsoleLabels labels) {
        String section = labels.section(layout);
        return section == null
                ? "Has a “" + labels.target(layout, "enable-reports") + "” checkbox."
                : "Has a section “" + section + "”.";
    }

    static SectionTag console(Model model) {
        if (model.consoleSeen().isEmpty()) {
            return null;
        }
        return Partials.panel("console", "What your console shows",
                Partials.observations(model.consoleSeen()),
                p("As the extension last reported it.").withClass("hint"));
    }

    /** Layouts B and C write the console's own policy over the bucket's (docs/aws-billing-facts.md §2). */
    static SectionTag overwrite(Layout layout, ConsoleLabels labels) {
        if (!labels.hasTarget(layout, "configure-bucket")) {
            return null;
        }
        return Partials.panel("overwrite", "Before the console's bucket dialog",
                Partials.warning(p(text("Choosing "), Partials.ui(labels.dialog(layout, "next")),
                        text(" in the dialog puts the console's own policy on the bucket and removes the policy it "
                                + "had. If your bucket has a policy already, "),
                        a("check it and merge the billing statements into it").withHref("#" + PolicyCheckView.PANEL_ID),
                        text(" below, and put that merged policy back on the bucket afterwards."))));
    }

    static SectionTag account(Model model) {
        boolean refused = model.accountProblem() != null;
        var field = input().withType("text").withId("account").withName("account").attr("inputmode", "numeric")
                .attr("autocomplete", "off").attr("aria-describedby", "account-hint account-problem")
                .withValue(model.accountTyped() == null ? "" : model.accountTyped());
        if (refused) {
            field.attr("aria-invalid", "true");
        }
        return Partials.panel("account", "Your payer account",
                Partials.postForm(GuidePaths.REPORTS_ACCOUNT,
                        div(label("Payer account id").withFor("account"),
                                p("The " + model.report().title() + " policy names it: 12 digits, shown in the "
                                        + "console's account menu.").withId("account-hint").withClass("hint"),
                                field,
                                div(refused ? p(model.accountProblem()).withClass("check bad") : null)
                                        .withId("account-problem").attr("aria-live", "polite"))
                                .withClass("field"),
                        Partials.submit("Save account id")));
    }

    static SectionTag policy(Model model) {
        SessionPolicies.Shown policy = model.policy();
        String heading = "The bucket policy for " + model.state().bucket();
        if (!policy.available()) {
            return Partials.panel("policy", heading, p(policy.problem()).withClass("note problem"));
        }
        return Partials.panel("policy", heading,
                p(model.report() == ReportType.DBR
                        ? "It lets AWS's billing service check the bucket and write report files at its top level."
                        : "It lets AWS's billing service write the " + model.report().title() + " files into the bucket, "
                        + "for your payer account only."),
                Partials.codeBlock("policy-json", policy.json()),
                div(Partials.copyButton("policy-json", "policy"),
                        a("Download policy.json").withHref(policy.downloadPath()).attr("download", "")
                                .attr("hx-boost", "false").withClass("button"))
                        .withClass("actions"),
                p(text("If the bucket has a policy already, add these statements to it; keep its "),
                        code("Id"), text(" and any other statements.")).withClass("hint"));
    }

    static SectionTag waiting() {
        return Partials.panel("wait", "Then wait",
                p(text("The first report files can take up to 24 hours to arrive. "),
                        a("Step " + Step.DELIVERY.number()).withHref(Step.DELIVERY.path()),
                        text(" watches for them; the monitoring tool can be set up meanwhile.")));
    }

    static SectionTag done(SessionState state) {
        boolean finished = state.stepsDone().contains(Step.REPORTS.id());
        return Partials.panel("done", "Saved on the console?",
                finished ? p("You marked this step done.").withClass("hint") : null,
                Partials.postForm(Step.REPORTS.path(), Partials.submit("Done, watch for the files")));
    }
}
