package io.billingpilot.guide;

import io.billingpilot.core.BucketName;
import io.billingpilot.core.Region;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.CreateStep;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.BucketView;
import io.billingpilot.guide.view.CreateBucketView;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.javalin.http.Context;

import java.util.List;

/** Step 1: the bucket's name and region; the name is checked as it is typed and again on submit. */
final class BucketHandler {
    private final SessionStore sessions;
    private final ConsoleLabels labels;

    BucketHandler(SessionStore sessions, ConsoleLabels labels) {
        this.sessions = sessions;
        this.labels = labels;
    }

    /** A bucket name from a form, with every rule it breaks (none when it can be stored). */
    record Submitted(String name, List<BucketName.Problem> problems) {
        static Submitted from(Context ctx) {
            String name = ctx.formParam("bucket");
            return new Submitted(name, BucketName.problems(name));
        }

        boolean valid() {
            return problems.isEmpty();
        }
    }

    void get(Context ctx) {
        SessionState state = sessions.get();
        GuideResponses.page(ctx, BucketView.render(PageModels.bucket(state, state.bucket(), null, CreateStep.NONE), labels));
    }

    /** The as-you-type check: the verdict alone for htmx, the whole step page for anyone else. */
    void check(Context ctx) {
        String typed = ctx.queryParam("bucket");
        if (GuideResponses.wantsFragment(ctx)) {
            GuideResponses.fragment(ctx, BucketView.nameCheck(typed));
        } else {
            GuideResponses.page(ctx, BucketView.render(PageModels.bucket(sessions.get(), typed, BucketName.problems(typed),
                    CreateStep.NONE), labels));
        }
    }

    void post(Context ctx) {
        Submitted bucket = Submitted.from(ctx);
        Region region = Region.parse(ctx.formParam("region"));
        if (!bucket.valid()) {
            GuideResponses.refused(ctx, BucketView.render(PageModels.bucket(sessions.get(), bucket.name(), bucket.problems(),
                    CreateStep.NONE), labels));
            return;
        }
        SessionState saved = sessions.update(state -> state.withBucket(bucket.name())
                .withRegion(region == null ? state.region() : region)
                .withStepDone(Step.BUCKET.id()));
        // The second button saves the name, then shows the "create it from here" confirmation.
        boolean createNext = CreateBucketView.SAVE_THEN.equals(ctx.formParam("then"));
        GuideResponses.seeOther(ctx, createNext ? Step.BUCKET.path() + "#panel-create-here"
                : Step.afterBucket(saved.situationOrDefault()).path());
    }
}
