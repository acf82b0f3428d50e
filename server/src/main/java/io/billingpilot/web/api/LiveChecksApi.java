package io.billingpilot.web.api;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.exports.aws.BillingApisHolder;
import io.billingpilot.exports.watch.ExportWatch;
import io.billingpilot.exports.watch.WatchRequest;
import io.billingpilot.exports.watch.WatchedStatus;
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
 *       before the first arrives. With {@code export=NAME} (or {@code report=cur&name=NAME}, or the
 *       session's export name for its bucket) AWS's own view is added under {@code "aws"}: the
 *       export's health and last runs, or the legacy report's lastStatus, asked while the bucket is listed.</li>
 * </ul>
 */
final class LiveChecksApi {
    private final SessionStore sessions;
    private final S3AccessHolder s3;
    private final BillingApisHolder billing;

    LiveChecksApi(SessionStore sessions, S3AccessHolder s3, BillingApisHolder billing) {
        this.sessions = sessions;
        this.s3 = s3;
        this.billing = billing;
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
        String export = ctx.queryParam("export");
        String report = export != null && ctx.queryParam("report") == null ? ReportType.DATA_EXPORTS.id()
                : S3Params.query(ctx, "report", session);
        StatusRequest request = StatusRequest.parse(S3Params.query(ctx, "bucket", session), report,
                S3Params.query(ctx, "account", session), S3Params.query(ctx, "region", session),
                ctx.queryParam("prefix"));
        boolean sessionBucket = request.bucket().equals(session.bucket());
        if (sessionBucket) {
            request = request.expecting(ticked(session.console()));
        }
        String named = export != null ? export : ctx.queryParam("name");
        if (export != null && request.report() != ReportType.DATA_EXPORTS) {
            throw new InvalidInputException("'export' names a Data Export: leave out 'report' or give report=data-exports.");
        }
        WatchRequest watch = WatchRequest.optional(request.report(), named != null ? named
                : sessionBucket ? session.exportName() : null, request.bucket(), request.account(),
                Partition.ofRegion(request.region()));
        ctx.header("Cache-Control", "no-store");
        StatusChecker checker = new StatusChecker(s3.get());
        if (watch == null) {
            Responses.json(ctx, 200, checker.check(request).json());
            return;
        }
        Responses.json(ctx, 200, WatchedStatus.check(checker, request, new ExportWatch(billing.get(), s3.get()), watch,
                s3.get().executor()).json());
    }

    private static Set<LegacyReport> ticked(ConsoleState console) {
        return console == null ? Set.of() : console.tickedReports();
    }
}
