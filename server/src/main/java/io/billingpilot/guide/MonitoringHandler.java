package io.billingpilot.guide;

import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.MonitoringView;
import io.billingpilot.state.SessionStore;
import io.javalin.http.Context;

/** The last step: Metricly. Straight from the start page the bucket's name is asked for here. */
final class MonitoringHandler {
    private final SessionStore sessions;

    MonitoringHandler(SessionStore sessions) {
        this.sessions = sessions;
    }

    void get(Context ctx) {
        GuideResponses.page(ctx, MonitoringView.render(sessions.get()));
    }

    void saveBucket(Context ctx) {
        BucketHandler.Submitted bucket = BucketHandler.Submitted.from(ctx);
        if (!bucket.valid()) {
            GuideResponses.refused(ctx, MonitoringView.render(sessions.get(), bucket.name(), bucket.problems()));
            return;
        }
        sessions.update(state -> state.withBucket(bucket.name()).withStepDone(Step.BUCKET.id()));
        GuideResponses.seeOther(ctx, Step.MONITORING.path());
    }

    void done(Context ctx) {
        sessions.update(state -> state.withStepDone(Step.MONITORING.id()));
        GuideResponses.seeOther(ctx, Step.MONITORING.path());
    }
}
