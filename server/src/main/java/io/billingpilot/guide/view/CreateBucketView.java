package io.billingpilot.guide.view;

import io.billingpilot.guide.model.CreateStep;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import io.billingpilot.s3.actions.BucketCreator;
import io.billingpilot.s3.actions.BucketPlan;
import j2html.tags.DomContent;
import j2html.tags.specialized.SectionTag;

import static j2html.TagCreator.a;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.input;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

/**
 * Step 1's "create the bucket from here", for the saved name: what will be done is listed
 * first, and only the confirm button creates the bucket (SSE-S3, all public access blocked).
 */
public final class CreateBucketView {
    static final String RESULTS_ID = "create-bucket-results";
    /** The name form's second button: save the name, then come back here to confirm the creation. */
    public static final String SAVE_THEN = "create";

    private CreateBucketView() {
    }

    /** @param plan the saved bucket in the saved region */
    public static SectionTag panel(BucketPlan plan, CreateStep step) {
        return Partials.panel("create-here", "Or create it from here",
                p("billing-pilot can create " + plan.bucket() + " with your AWS credentials. This will:"),
                ul(each(plan.steps(), what -> li(what))),
                LiveForms.post(GuidePaths.CREATE_BUCKET, "create-here", RESULTS_ID, "create-bucket-busy",
                        "Creating the bucket…",
                        input().withType("hidden").withName("confirm").withValue("yes"),
                        Partials.submit("Yes, create " + plan.bucket() + " in " + plan.region())),
                div(results(step)).withId(RESULTS_ID).withClass("live-results").attr("aria-live", "polite"));
    }

    public static DomContent results(CreateStep step) {
        if (step.problem() != null) {
            return div(p(step.problem()), Findings.fix(step.fix())).withClass("note problem");
        }
        BucketCreator.Created created = step.created();
        if (created == null) {
            return null;
        }
        return each(
                p(created.created() ? "Created " + created.plan().bucket() + " in " + created.plan().region() + "."
                        : "The bucket " + created.plan().bucket() + " exists already and is yours: nothing was changed.")
                        .withClass("check good"),
                created.created() ? ul(each(created.done(), what -> li("Done: " + what))) : null,
                created.warnings().isEmpty() ? null : Partials.warning(ul(each(created.warnings(), warning -> li(warning)))),
                p(a("On to step " + Step.REPORTS.number() + ", the billing reports").withHref(Step.REPORTS.path()),
                        text(".")));
    }
}
