package io.billingpilot.guide;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import io.billingpilot.exports.aws.BillingApisHolder;
import io.billingpilot.exports.watch.ExportWatch;
import io.billingpilot.exports.watch.WatchRequest;
import io.billingpilot.exports.watch.WatchedStatus;
import io.billingpilot.guide.model.DeliveryCheck;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.DeliveryView;
import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.status.StatusChecker;
import io.billingpilot.s3.status.StatusRequest;
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
    private final BillingApisHolder billing;

    DeliveryHandler(SessionStore sessions, S3AccessHolder s3, BillingApisHolder billing) {
        this.sessions = sessions;
        this.s3 = s3;
        this.billing = billing;
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
            StatusRequest request = SessionBucket.statusRequest(state);
            WatchRequest watch = WatchRequest.optional(request.report(), state.exportName(), request.bucket(),
                    request.account(), Partition.ofRegion(request.region()));
            if (watch != null) {
                // The bucket is listed while AWS is asked about the session's export.
                WatchedStatus both = WatchedStatus.check(new StatusChecker(s3.get()), request,
                        new ExportWatch(billing.get(), s3.get()), watch, s3.get().executor());
                return new DeliveryCheck(both.delivery(), null, Instant.now(), both.aws());
            }
            return new DeliveryCheck(new StatusChecker(s3.get()).check(request), null, Instant.now());
        } catch (InvalidInputException | S3Failure e) {
            return new DeliveryCheck(null, e.getMessage(), Instant.now());
        }
    }
}
