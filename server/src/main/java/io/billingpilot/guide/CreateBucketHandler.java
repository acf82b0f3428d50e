package io.billingpilot.guide;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.CreateStep;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.BucketView;
import io.billingpilot.guide.view.CreateBucketView;
import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.actions.ActionRefused;
import io.billingpilot.s3.actions.BucketCreator;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Step 1's "create the bucket from here": the saved name in the saved region, SSE-S3 and all
 * public access blocked. Runs only on the confirm form's explicit {@code confirm=yes}.
 */
final class CreateBucketHandler {
    private final SessionStore sessions;
    private final ConsoleLabels labels;
    private final S3AccessHolder s3;

    CreateBucketHandler(SessionStore sessions, ConsoleLabels labels, S3AccessHolder s3) {
        this.sessions = sessions;
        this.labels = labels;
        this.s3 = s3;
    }

    void post(Context ctx) {
        SessionState state = sessions.get();
        CreateStep step = "yes".equals(ctx.formParam("confirm")) ? create(ctx, state) : CreateStep.NONE;
        GuideResponses.fragmentOrPage(ctx, () -> CreateBucketView.results(step),
                () -> BucketView.render(PageModels.bucket(state, state.bucket(), null, step), labels));
    }

    private CreateStep create(Context ctx, SessionState state) {
        try {
            return CreateStep.done(new BucketCreator(s3.get()).create(SessionBucket.plan(state)));
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            return CreateStep.refused(e.getMessage(), "");
        } catch (ActionRefused e) {
            ctx.status(HttpStatus.CONFLICT);
            return CreateStep.refused(e.getMessage(), e.fix());
        } catch (S3Failure e) {
            return CreateStep.refused(e.getMessage(), "");
        }
    }
}
