package io.billingpilot.web.api;

import io.billingpilot.core.LegacyReport;
import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.status.StatusChecker;
import io.billingpilot.s3.status.StatusRequest;
import io.billingpilot.s3.verify.BucketVerifier;
import io.billingpilot.state.ConsoleState;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.util.Set;

/**
 * The live reads of the bucket; they change nothing. Values not in the query come from the session.
 * <ul>
 *   <li>GET /api/v1/verify?bucket=&report=&account=&region=: the checklist;</li>
 *   <li>GET /api/v1/status?bucket=&report=&account=&region=&prefix=: which report files have
 *       arrived. For the session's bucket, the reports ticked on the console are expected even
 *       before the first arrives.</li>
 * </ul>
 */
final class LiveChecksApi {
    private final SessionStore sessions;
    private final S3AccessHolder s3;

    LiveChecksApi(SessionStore sessions, S3AccessHolder s3) {
        this.sessions = sessions;
        this.s3 = s3;
    }

    void verify(Context ctx) {
        SessionState session = sessions.get();
        BucketRequest request = BucketRequest.parse(S3Params.query(ctx, "bucket", session),
                S3Params.query(ctx, "report", session), S3Params.query(ctx, "account", session),
                S3Params.query(ctx, "region", session));
        ctx.header("Cache-Control", "no-store");
        Responses.json(ctx, 200, new BucketVerifier(s3.get()).verify(request).json());
    }

    void status(Context ctx) {
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

    private static Set<LegacyReport> ticked(ConsoleState console) {
        return console == null ? Set.of() : console.tickedReports();
    }
}
