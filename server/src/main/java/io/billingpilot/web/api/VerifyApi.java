package io.billingpilot.web.api;

import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.verify.BucketVerifier;
import io.billingpilot.s3.verify.VerifyRequest;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

/** GET /api/v1/verify?bucket=&report=&account=&region=: the live checklist (reads only; values default to the session's). */
final class VerifyApi {
    private final SessionStore sessions;
    private final S3AccessHolder s3;

    VerifyApi(SessionStore sessions, S3AccessHolder s3) {
        this.sessions = sessions;
        this.s3 = s3;
    }

    void get(Context ctx) {
        SessionState session = sessions.get();
        VerifyRequest request = VerifyRequest.parse(S3Params.query(ctx, "bucket", session),
                S3Params.query(ctx, "report", session), S3Params.query(ctx, "account", session),
                S3Params.query(ctx, "region", session));
        ctx.header("Cache-Control", "no-store");
        Responses.json(ctx, 200, new BucketVerifier(s3.get()).verify(request).json());
    }
}
