package io.billingpilot.web.api;

import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.status.StatusChecker;
import io.billingpilot.s3.status.StatusRequest;
import io.billingpilot.state.ConsoleState;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.util.HashSet;
import java.util.Set;

/**
 * GET /api/v1/status?bucket=&report=&account=&region=&prefix=: which report files have arrived.
 * For the session's bucket, the reports ticked on the console are expected even before the first arrives.
 */
final class StatusApi {
    private final SessionStore sessions;
    private final S3AccessHolder s3;

    StatusApi(SessionStore sessions, S3AccessHolder s3) {
        this.sessions = sessions;
        this.s3 = s3;
    }

    void get(Context ctx) {
        SessionState session = sessions.get();
        StatusRequest request = StatusRequest.parse(S3Params.query(ctx, "bucket", session),
                S3Params.query(ctx, "report", session), S3Params.query(ctx, "account", session),
                S3Params.query(ctx, "region", session), ctx.queryParam("prefix"));
        if (request.bucket().equals(session.bucket())) {
            request = request.expecting(ticked(session.console()));
        }
        ctx.header("Cache-Control", "no-store");
        Responses.json(ctx, 200, new StatusChecker(s3.get()).check(request).json());
    }

    private static Set<String> ticked(ConsoleState console) {
        Set<String> ids = new HashSet<>();
        if (console == null || console.reports() == null) {
            return ids;
        }
        ConsoleState.Reports reports = console.reports();
        if (reports.monthly()) {
            ids.add("monthly");
        }
        if (reports.detailed()) {
            ids.add("detailed");
        }
        if (reports.costAllocation()) {
            ids.add("costAllocation");
        }
        if (reports.detailedTags()) {
            ids.add("detailedTags");
        }
        return ids;
    }
}
