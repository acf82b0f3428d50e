package io.billingpilot.guide;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.guide.model.ApplyStep;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.ApplyPolicyView;
import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.actions.ActionRefused;
import io.billingpilot.s3.actions.PolicyApplier;
import io.billingpilot.s3.actions.PolicyChanged;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Step 2's "put the merged policy on the bucket": first the diff against the policy the bucket
 * has now, with that policy's fingerprint in the confirm form; then, on confirmation, the write,
 * which the policy engine's applier refuses when the policy no longer has that fingerprint.
 */
final class ApplyPolicyHandler {
    private final SessionStore sessions;
    private final ConsoleLabels labels;
    private final S3AccessHolder s3;

    ApplyPolicyHandler(SessionStore sessions, ConsoleLabels labels, S3AccessHolder s3) {
        this.sessions = sessions;
        this.labels = labels;
        this.s3 = s3;
    }

    void preview(Context ctx) {
        SessionState state = sessions.get();
        ApplyStep step;
        try {
            step = ApplyStep.previewed(new PolicyApplier(s3.get()).preview(SessionBucket.request(state)));
        } catch (RuntimeException e) {
            step = refusal(ctx, e);
        }
        respond(ctx, state, step);
    }

    void confirm(Context ctx) {
        SessionState state = sessions.get();
        ApplyStep step;
        try {
            step = ApplyStep.done(new PolicyApplier(s3.get()).apply(SessionBucket.request(state), ctx.formParam("sha256")));
        } catch (PolicyChanged e) {
            ctx.status(HttpStatus.CONFLICT);
            step = ApplyStep.refused(e.getMessage(), e.fix(), e.current());
        } catch (RuntimeException e) {
            step = refusal(ctx, e);
        }
        respond(ctx, state, step);
    }

    /** Why nothing was read or written, as the panel shows it; anything else is a fault of ours. */
    private static ApplyStep refusal(Context ctx, RuntimeException e) {
        if (e instanceof InvalidInputException) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            return ApplyStep.refused(e.getMessage(), "", null);
        }
        if (e instanceof ActionRefused refused) {
            ctx.status(HttpStatus.CONFLICT);
            return ApplyStep.refused(refused.getMessage(), refused.fix(), null);
        }
        if (e instanceof S3Failure failure) {
            return ApplyStep.refused(failure.getMessage(), "", null);
        }
        throw e;
    }

    private void respond(Context ctx, SessionState state, ApplyStep step) {
        GuideResponses.fragmentOrPage(ctx, () -> ApplyPolicyView.results(step, state.bucket()),
                () -> ReportsPage.render(PageModels.reports(state, labels).withApply(step), labels));
    }
}
