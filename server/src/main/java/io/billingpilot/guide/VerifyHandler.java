package io.billingpilot.guide;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.model.VerifyRun;
import io.billingpilot.guide.view.VerifyView;
import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.verify.BucketVerifier;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.javalin.http.Context;

/**
 * Step 2's Verify button: the live checks of the session's bucket. They only read, but they
 * send signed requests to S3, so they run on a POST from the guide's own page (the request
 * guard refuses other origins), never on a GET a link or an image could cause.
 */
final class VerifyHandler {
    private final SessionStore sessions;
    private final ConsoleLabels labels;
    private final S3AccessHolder s3;

    VerifyHandler(SessionStore sessions, ConsoleLabels labels, S3AccessHolder s3) {
        this.sessions = sessions;
        this.labels = labels;
        this.s3 = s3;
    }

    void post(Context ctx) {
        SessionState state = sessions.get();
        VerifyRun run;
        try {
            run = VerifyRun.of(new BucketVerifier(s3.get()).verify(SessionBucket.request(state)));
        } catch (InvalidInputException | S3Failure e) {
            run = VerifyRun.refused(e.getMessage());
        }
        VerifyRun shown = run;
        GuideResponses.fragmentOrPage(ctx, () -> VerifyView.results(shown),
                () -> ReportsPage.render(PageModels.reports(state, labels).withVerify(shown), labels));
    }
}
