package io.billingpilot.guide.view;

import io.billingpilot.core.BucketName;
import io.billingpilot.core.Region;
import io.billingpilot.core.Regions;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.CreateStep;
import io.billingpilot.guide.model.Step;
import io.billingpilot.s3.actions.BucketPlan;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.Situation;
import j2html.tags.DomContent;
import j2html.tags.specialized.DivTag;
import j2html.tags.specialized.HtmlTag;
import j2html.tags.specialized.SectionTag;

import java.util.List;

import static j2html.TagCreator.button;
import static j2html.TagCreator.code;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.label;
import static j2html.TagCreator.li;
import static j2html.TagCreator.option;
import static j2html.TagCreator.p;
import static j2html.TagCreator.select;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

/** Step 1: the bucket's name (checked as it is typed), its region, and how to create it. */
public final class BucketView {
    static final String S3_CONSOLE = "https://console.aws.amazon.com/s3/";

    private BucketView() {
    }

    /**
     * What the page shows, built by the guide's handlers ({@code PageModels}).
     *
     * @param typed    the name in the field: the submitted one, or the session's
     * @param problems the broken rules of a submitted name, or null when nothing was submitted
     * @param plan     the bucket "create it from here" would create, or null while there is none to create
     * @param created  what "create it from here" did, or {@link CreateStep#NONE}
     */
    public record Model(SessionState state, String typed, List<BucketName.Problem> problems, BucketPlan plan,
                        CreateStep created) {
    }

    public static HtmlTag render(Model model, ConsoleLabels labels) {
        SessionState state = model.state();
        boolean creating = state.situationOrDefault() == Situation.NEW_BUCKET;
        return GuideLayout.page(Step.BUCKET, state, creating ? "Step 1: a bucket for the reports" : "Step 1: your bucket",
                name(state, model.typed(), model.problems(), creating),
                advice(),
                creating ? create(model.typed(), state.region(), labels) : null,
                creating && model.plan() != null ? CreateBucketView.panel(model.plan(), model.created()) : null);
    }

    /** Only the inline verdict on a name, for the field's as-you-type check. */
    public static DivTag nameCheck(String typed) {
        return Partials.nameCheck(typed, BucketName.problems(typed));
    }

    static SectionTag name(SessionState state, String typed, List<BucketName.Problem> problems, boolean creating) {
        return Partials.panel("name", creating ? "Name and region" : "Its exact name and region",
                Partials.postForm(Step.BUCKET.path(),
                        Partials.bucketNameField(typed, problems),
                        region(state.region(), creating),
                        div(Partials.submit("Save and continue"),
                                creating ? button("Save, then create it from here").withType("submit")
                                        .withName("then").withValue(CreateBucketView.SAVE_THEN) : null)
                                .withClass("actions")));
    }

    static DivTag region(Region selected, boolean creating) {
        String chosen = (selected == null ? Region.DEFAULT : selected).id();
        return div(
                label("Region").withFor("region"),
                p(creating ? "Where the bucket will live. Any region can receive billing reports."
                        : "The region the bucket is in.").withId("region-hint").withClass("hint"),
                select(each(Regions.COMMON, region -> option(region).withValue(region)
                        .withCondSelected(region.equals(chosen))))
                        .withName("region").withId("region").attr("aria-describedby", "region-hint"))
                .withClass("field");
    }

    static SectionTag advice() {
        return Partials.panel("advice", "A good bucket for billing reports",
                ul(li("Use it for billing reports only. Nothing else should write to it or change its policy."),
                        li("One payer account's reports per bucket: the monitoring tool reads every file in it."),
                        li("Keep the name short and lowercase; the monitoring tool needs it letter for letter.")));
    }

    static SectionTag create(String typed, Region region, ConsoleLabels labels) {
        DomContent name = typed != null && BucketName.isValid(typed) ? code(typed) : text("the name above");
        return Partials.panel("create", "Create it in the S3 console",
                Partials.steps(List.of(
                        each(text("Open the "), Partials.outsideLink(S3_CONSOLE, "S3 console"),
                                text(" and choose "), Partials.ui(labels.s3CreateBucketButton()), text("."),
                                OverlayViews.pointsAt(labels.s3CreateBucketTargets())),
                        each(text("In "), Partials.ui(labels.s3BucketNameField()), text(", enter "), name, text(".")),
                        each(text("Choose the region "), code((region == null ? Region.DEFAULT : region).id()), text(".")),
                        each(text("Leave the other settings as they are: public access blocked, "),
                                text("default encryption with S3-managed keys.")),
                        each(text("Choose "), Partials.ui(labels.s3CreateBucketButton()), text(" at the bottom of the page.")))));
    }
}
