package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.actions.ActionRefused;
import io.billingpilot.s3.actions.BucketCreator;
import io.billingpilot.s3.actions.BucketPlan;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.billingpilot.web.RequestBodies;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POST /api/v1/actions/create-bucket {bucket, region, confirm}: without {@code "confirm": true}
 * it answers what it would do and changes nothing.
 */
final class CreateBucketApi {
    private final SessionStore sessions;
    private final S3AccessHolder s3;

    CreateBucketApi(SessionStore sessions, S3AccessHolder s3) {
        this.sessions = sessions;
        this.s3 = s3;
    }

    void post(Context ctx) {
        ObjectNode body = RequestBodies.jsonObject(ctx);
        SessionState session = sessions.get();
        BucketPlan plan = BucketPlan.parse(S3Params.body(body, "bucket", session), S3Params.body(body, "region", session));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("bucket", plan.bucket());
        answer.put("region", plan.region());
        answer.put("steps", plan.steps());
        if (!S3Params.confirmed(body)) {
            answer.put("ok", true);
            answer.put("applied", false);
            Responses.json(ctx, 200, answer);
            return;
        }
        try {
            BucketCreator.Created created = new BucketCreator(s3.get()).create(plan);
            answer.put("ok", created.warnings().isEmpty());
            answer.put("applied", created.created());
            answer.put("done", created.done());
            answer.put("warnings", created.warnings());
            Responses.json(ctx, 200, answer);
        } catch (ActionRefused refused) {
            S3Answers.refused(ctx, refused);
        } catch (S3Failure failure) {
            S3Answers.failure(ctx, failure);
        }
    }
}
