package io.billingpilot.guide.view;

import io.billingpilot.core.BucketName;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.SessionPolicies;
import io.billingpilot.guide.model.Step;
import io.billingpilot.state.SessionState;
import j2html.tags.specialized.HtmlTag;
import j2html.tags.specialized.SectionTag;

import java.util.List;

import static j2html.TagCreator.code;
import static j2html.TagCreator.each;
import static j2html.TagCreator.p;
import static j2html.TagCreator.text;

/** The last step: Metricly reads the bucket; the exact name for its integration page and the role's read policy. */
public final class MonitoringView {
    private MonitoringView() {
    }

    public static HtmlTag render(SessionState state) {
        return render(state, null, null);
    }

    /**
     * @param typed    a refused bucket name, or null
     * @param problems why it was refused, or null
     */
    public static HtmlTag render(SessionState state, String typed, List<BucketName.Problem> problems) {
        String heading = "Step " + Step.MONITORING.number() + ": let Metricly read the bucket";
        if (state.bucket() == null || problems != null) {
            return GuideLayout.page(Step.MONITORING, state, heading, whichBucket(typed, problems));
        }
        return GuideLayout.page(Step.MONITORING, state, heading,
                bucketName(state.bucket()),
                metriclySteps(),
                readerPolicy(state),
                done(state));
    }

    /** Straight from the start page, the bucket's name is not known yet: ask for it here. */
    static SectionTag whichBucket(String typed, List<BucketName.Problem> problems) {
        return Partials.panel("which-bucket", "Which bucket receives the files?",
                Partials.postForm(GuidePaths.MONITORING_BUCKET,
                        Partials.bucketNameField(typed, problems),
                        Partials.submit("Save the name")));
    }

    static SectionTag bucketName(String bucket) {
        return Partials.panel("bucket-name", "The bucket name, exactly",
                Partials.codeBlock("bucket-name-value", bucket),
                Partials.copyButton("bucket-name-value", "name"),
                Partials.warning(p("Metricly compares the name letter for letter, capitals included. Paste it; "
                        + "do not retype it.")));
    }

    /** Metricly's integration page (reference §6). */
    static SectionTag metriclySteps() {
        return Partials.panel("metricly", "In Metricly",
                Partials.steps(List.of(
                        each(text("From the top menu, open "), Partials.ui("Integrations"), text(".")),
                        each(text("Choose the "), Partials.ui("Amazon Web Services"), text(" card.")),
                        each(text("Switch on "), Partials.ui("Detailed Billing"), text(".")),
                        each(text("Paste the name into "), Partials.ui("S3 bucket name"), text(".")),
                        each(text("Choose "), Partials.ui("Save"), text(".")))));
    }

    static SectionTag readerPolicy(SessionState state) {
        SessionPolicies.Shown policy = SessionPolicies.readerPolicy(state);
        return Partials.panel("reader-policy", "Read access for Metricly's role",
                p(text("Metricly reads the files through an IAM role in your account. The role needs these two "
                        + "permissions and no more: "), code("s3:ListBucket"), text(" on the bucket and "),
                        code("s3:GetObject"), text(" on its files.")),
                Partials.codeBlock("reader-policy-json", policy.json()),
                Partials.copyButton("reader-policy-json", "read policy"),
                p("The role trusts Metricly's AWS account and requires the External ID shown on Metricly's "
                        + "integration page."),
                p("A new role can take a few minutes to work. If Metricly reports no access right after you "
                        + "created it, wait a little and save again.").withClass("hint"));
    }

    static SectionTag done(SessionState state) {
        boolean finished = state.stepsDone().contains(Step.MONITORING.id());
        return Partials.panel("done", finished ? "All set" : "Saved in Metricly?",
                finished ? p("Metricly knows the bucket. Report files arrive within 24 hours of turning them on; "
                        + "Metricly picks them up from there.") : null,
                finished ? null : Partials.postForm(Step.MONITORING.path(), Partials.submit("Done")));
    }
}
