package io.billingpilot.guide.view;

import io.billingpilot.core.Finding;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.PastedPolicy;
import io.billingpilot.guide.model.Step;
import io.billingpilot.policy.MergedPolicy;
import io.billingpilot.policy.PolicyAnalysis;
import j2html.tags.DomContent;
import j2html.tags.specialized.DivTag;
import j2html.tags.specialized.SectionTag;
import j2html.tags.specialized.TextareaTag;

import static j2html.TagCreator.code;
import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.label;
import static j2html.TagCreator.p;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.text;
import static j2html.TagCreator.textarea;

/**
 * Step 2's panel for the policy a bucket has now: a box to paste it in, its findings (sent as
 * the admin pastes, announced to screen readers) and the billing statements merged into it,
 * shown as a diff before anything is copied. Without JavaScript the form posts and the whole
 * page comes back with the same results.
 */
public final class PolicyCheckView {
    public static final String PANEL_ID = "panel-policy-check";
    static final String FIELD_ID = "current-policy";
    static final String FINDINGS_ID = "policy-findings";
    static final String MERGED_ID = "policy-merged";
    static final String MERGED_JSON_ID = "merged-policy-json";

    private PolicyCheckView() {
    }

    /**
     * @param consoleNext the label of the console dialog's button that writes its own policy over
     *                    the bucket's (layouts B and C), or null when the console does not do that
     */
    public static SectionTag panel(PastedPolicy check, String bucket, String consoleNext) {
        return Partials.panel("policy-check", "Check the bucket's current policy",
                p(text("If " + bucket + " has a bucket policy already, paste it here: the text from the S3 console "
                        + "(bucket › "), ConsoleSteps.policyPlace(ConsoleLabels.shared()), text(") or the output of "),
                        code("aws s3api get-bucket-policy --bucket " + bucket),
                        text(". It is checked on this computer and not stored.")),
                consoleNext == null ? null : Partials.warning(p(text("Choosing "), Partials.ui(consoleNext),
                        text(" in the console's bucket dialog replaces this policy with the console's own, and the "
                                + "other statements are lost. Copy the merged policy below before you start, and put it "
                                + "back on the bucket in the S3 console once the dialog is saved."))),
                Partials.postForm(GuidePaths.POLICY_CHECK + "#" + PANEL_ID,
                        div(label("The policy on the bucket now").withFor(FIELD_ID),
                                p("Findings appear as you paste; AWS's limit is 20 KB.").withId(FIELD_ID + "-hint")
                                        .withClass("hint"),
                                field(check.pasted()))
                                .withClass("field"),
                        Partials.submit("Check this policy"))
                        .attr("hx-post", GuidePaths.POLICY_CHECK)
                        .attr("hx-target", "#" + FINDINGS_ID)
                        .attr("hx-swap", "innerHTML")
                        .attr("hx-sync", "this:replace"),
                div(findings(check)).withId(FINDINGS_ID).withClass("policy-findings").attr("aria-live", "polite"),
                merged(check));
    }

    /** The htmx answer: the findings for their live region, and the merged policy swapped out of band. */
    public static DomContent results(PastedPolicy check) {
        return each(findings(check), merged(check).attr("hx-swap-oob", "true"));
    }

    private static TextareaTag field(String pasted) {
        // "pasted" is announced by guide.js once pasted text is in the field; htmx's own paste
        // event comes before it, which would send the field as it was.
        return textarea(pasted == null ? "" : pasted).withId(FIELD_ID).withName("policy").attr("rows", "10")
                .attr("spellcheck", "false").attr("autocomplete", "off").attr("autocapitalize", "none")
                .attr("aria-describedby", FIELD_ID + "-hint " + FINDINGS_ID)
                .attr("hx-post", GuidePaths.POLICY_CHECK)
                .attr("hx-trigger", "input changed delay:400ms, pasted")
                .attr("hx-target", "#" + FINDINGS_ID)
                .attr("hx-swap", "innerHTML")
                .attr("hx-sync", "closest form:replace");
    }

    /** The verdict on the pasted policy and every finding, or why there is none. */
    static DomContent findings(PastedPolicy check) {
        if (check.problem() != null) {
            return p(check.problem()).withClass("note problem");
        }
        PolicyAnalysis analysis = check.analysis();
        if (analysis == null) {
            return p("Nothing pasted yet.").withClass("hint");
        }
        return each(verdict(analysis, "this policy"), Findings.list(analysis.findings()));
    }

    /** The merged policy: the diff first, then what still stops delivery, then the whole text to copy. */
    static DivTag merged(PastedPolicy check) {
        DivTag region = div().withId(MERGED_ID).withClass("policy-merged");
        MergedPolicy merge = check.merge();
        if (check.mergeProblem() != null) {
            return region.with(p(check.mergeProblem()).withClass("note problem"));
        }
        if (merge == null) {
            return region;
        }
        if (!merge.changes()) {
            return region.with(p("The policy already has the current billing statements: merging changes nothing.")
                    .withClass("check good"));
        }
        PolicyAnalysis after = merge.analysis();
        return region.with(
                h3("The policy with the billing statements merged in"),
                p("The billing statements are added, or replace outdated ones; every other statement stays as it was.")
                        .withClass("hint"),
                PolicyDiffView.diff(merge.diff()),
                after.deliverable() ? null : Partials.warning(verdict(after, "the merged policy"),
                        Findings.list(after.findings().stream().filter(Finding::isError).toList())),
                details(summary("The whole merged policy"), Partials.codeBlock(MERGED_JSON_ID, merge.text())),
                div(Partials.copyButton(MERGED_JSON_ID, "merged policy")).withClass("actions"));
    }

    static DomContent verdict(PolicyAnalysis analysis, String subject) {
        long errors = analysis.findings().stream().filter(Finding::isError).count();
        return analysis.deliverable()
                ? p("AWS can deliver the reports under " + subject + ".").withClass("check good")
                : p("AWS cannot deliver the reports under " + subject + ": " + errors + " problem"
                        + (errors == 1 ? "" : "s") + ".").withClass("check bad");
    }
}
