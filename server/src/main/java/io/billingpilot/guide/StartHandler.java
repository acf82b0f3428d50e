package io.billingpilot.guide;

import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.StartView;
import io.billingpilot.overlay.OverlayLink;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.billingpilot.state.Situation;
import io.javalin.http.Context;

/** The start page: where the admin stands and which reports; the answer picks the next step. */
final class StartHandler {
    private final SessionStore sessions;
    private final OverlayLink overlay;

    StartHandler(SessionStore sessions, OverlayLink overlay) {
        this.sessions = sessions;
        this.overlay = overlay;
    }

    void get(Context ctx) {
        SessionState state = sessions.get();
        GuideResponses.page(ctx, StartView.render(state, sessions.loadProblem(), overlay.status(),
                AccountPaths.of(state.console(), ConsoleLabels.shared())));
    }

    void post(Context ctx) {
        Situation situation = Situation.parse(ctx.formParam("situation"));
        ReportType report = ReportType.parse(ctx.formParam("report"));
        sessions.update(state -> state.withSituation(situation).withReport(report)
                .withStepDone(Step.START.id()));
        GuideResponses.seeOther(ctx, situation == Situation.RECEIVING ? Step.MONITORING.path() : Step.BUCKET.path());
    }
}
