package io.billingpilot.guide;

import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.PastedPolicy;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.PolicyCheckView;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.billingpilot.web.RequestBodies;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Step 2's "check the bucket's current policy" form: findings and the merged policy for pasted
 * text, as a fragment for htmx (sent as the admin pastes) or as the whole step page. Nothing is
 * stored and nothing redirects: the pasted text exists only in this one answer.
 */
final class PolicyCheckHandler {
    private final SessionStore sessions;
    private final ConsoleLabels labels;

    PolicyCheckHandler(SessionStore sessions, ConsoleLabels labels) {
        this.sessions = sessions;
        this.labels = labels;
    }

    void post(Context ctx) {
        SessionState state = sessions.get();
        // Checked before the form is read, so that too much text gets this message instead of the error page.
        PastedPolicy check = ctx.req().getContentLengthLong() > RequestBodies.MAX_BODY_BYTES
                ? PastedPolicy.tooLarge() : PastedPolicy.of(ctx.formParam("policy"), state);
        if (check.refused()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        GuideResponses.fragmentOrPage(ctx, () -> PolicyCheckView.results(check),
                () -> ReportsPage.render(PageModels.reports(state, labels).withPolicyCheck(check), labels));
    }

    /** A GET here (a bookmark, a reload after the form) shows the step with the empty form. */
    void get(Context ctx) {
        GuideResponses.seeOther(ctx, Step.REPORTS.path() + "#" + PolicyCheckView.PANEL_ID);
    }
}
