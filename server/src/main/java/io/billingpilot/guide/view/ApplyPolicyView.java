package io.billingpilot.guide.view;

import io.billingpilot.guide.model.ApplyStep;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import io.billingpilot.s3.actions.PolicyApplier;
import io.billingpilot.s3.actions.PolicyPreview;
import j2html.tags.DomContent;
import j2html.tags.specialized.SectionTag;

import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.input;
import static j2html.TagCreator.p;

/**
 * Step 2's "put the merged policy on the bucket": the diff against the bucket's live policy
 * first, then a confirm form that carries that policy's fingerprint, so that a policy changed in
 * between is refused instead of overwritten.
 */
public final class ApplyPolicyView {
    static final String RESULTS_ID = "apply-policy-results";

    private ApplyPolicyView() {
    }

    /** @param consoleNext the console dialog's button that overwrites the policy (layouts B and C), or null */
    public static SectionTag panel(ApplyStep step, String bucket, String consoleNext) {
        return Partials.panel("apply-policy", "Or put the policy on the bucket from here",
                p("billing-pilot reads the policy " + bucket + " has now, merges the billing statements into it and "
                        + "shows what would change. Nothing is written until you confirm."),
                consoleNext == null ? null : p("With this layout, do it after the console's bucket dialog is saved: "
                        + "the dialog replaces the policy, and this brings the bucket's other statements back.")
                        .withClass("hint"),
                LiveForms.post(GuidePaths.APPLY_POLICY, "apply-policy", RESULTS_ID, "apply-policy-busy",
                        "Reading the bucket's policy…", Partials.submit("Show the changes")),
                div(results(step, bucket)).withId(RESULTS_ID).withClass("live-results").attr("aria-live", "polite"));
    }

    public static DomContent results(ApplyStep step, String bucket) {
        return each(
                step.problem() == null ? null : div(p(step.problem()), Findings.fix(step.fix())).withClass("note problem"),
                step.applied() != null ? applied(step.applied(), bucket) : null,
                step.preview() != null ? preview(step.preview(), bucket) : null);
    }

    static DomContent applied(PolicyApplier.Applied applied, String bucket) {
        if (!applied.written()) {
            return p("The policy of " + bucket + " already lets AWS deliver: nothing was written.").withClass("check good");
        }
        return each(p("The merged policy is on " + bucket + " now.").withClass("check good"),
                applied.analysis().deliverable() ? null : PolicyCheckView.verdict(applied.analysis(), "the policy written"),
                applied.analysis().deliverable() ? null : Findings.list(applied.analysis().findings()));
    }

    static DomContent preview(PolicyPreview preview, String bucket) {
        if (!preview.changes()) {
            return p("The policy of " + bucket + " already lets AWS deliver: there is nothing to write.").withClass("check good");
        }
        return each(
                h3("What applying changes on " + bucket),
                preview.currentText() == null ? p("The bucket has no policy yet: this will be its first.").withClass("hint")
                        : null,
                PolicyDiffView.diff(preview.diff()),
                LiveForms.post(GuidePaths.APPLY_POLICY_CONFIRM, "apply-policy", RESULTS_ID, "apply-confirm-busy",
                        "Writing the policy…",
                        input().withType("hidden").withName("sha256").withValue(preview.sha256()),
                        Partials.submit("Apply this policy to " + bucket)));
    }
}
