package io.billingpilot.guide;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.guide.model.DeliveryCheck;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.DeliveryView;
import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.status.StatusChecker;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.javalin.http.Context;

import java.time.Instant;

/**
 * The delivery step: which report files have arrived. The page looks when it is loaded (so it
 * works without JavaScript); its status region asks again every few minutes, and on "Check now",
 * until the first files are there. Looking only lists the bucket: a GET may do it.
 */
final class DeliveryHandler {
    private final SessionStore sessions;
    private final S3AccessHolder s3;

    DeliveryHandler(SessionStore sessions, S3AccessHolder s3) {
        this.sessions = sessions;
        this.s3 = s3;
    }

    void get(Context ctx) {
        SessionState state = sessions.get();
        GuideResponses.page(ctx, DeliveryView.render(state, look(state)));
    }

    void status(Context ctx) {
        SessionState state = sessions.get();
        DeliveryCheck check = look(state);
        GuideResponses.fragmentOrPage(ctx, () -> DeliveryView.status(check), () -> DeliveryView.render(state, check));
    }

    void done(Context ctx) {
        sessions.update(state -> state.withStepDone(Step.DELIVERY.id()));
        GuideResponses.seeOther(ctx, Step.MONITORING.path());
    }

    /** Nothing is looked at before the bucket is known: the request says so first. */
    private DeliveryCheck look(SessionState state) {
        try {
            return new DeliveryCheck(new StatusChecker(s3.get()).check(SessionBucket.statusRequest(state)), null,
                    Instant.now());
        } catch (InvalidInputException | S3Failure e) {
            return new DeliveryCheck(null, e.getMessage(), Instant.now());
        }
    }
}
