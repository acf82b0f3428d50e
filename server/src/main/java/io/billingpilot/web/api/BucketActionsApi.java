package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.actions.ActionRefused;
import io.billingpilot.s3.actions.BucketCreator;
import io.billingpilot.s3.actions.BucketPlan;
import io.billingpilot.s3.actions.PolicyApplier;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.billingpilot.web.RequestBodies;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The actions on the bucket; each runs only on {@code "confirm": true}, otherwise it answers what
 * it would do and changes nothing.
 * <ul>
 *   <li>POST /api/v1/actions/create-bucket {bucket, region, confirm};</li>
 *   <li>POST /api/v1/actions/apply-policy {bucket, report, account, region, confirm, expectedSha256}:
 *       without confirm, the diff and the fingerprint of the policy as read; with it and that
 *       fingerprint, the merged policy is written unless the policy changed meanwhile (409 with
 *       the new diff).</li>
 * </ul>
 */
final class BucketActionsApi {
    private final SessionStore sessions;
    private final S3AccessHolder s3;

    BucketActionsApi(SessionStore sessions, S3AccessHolder s3) {
        this.sessions = sessions;
        this.s3 = s3;
    }

    void createBucket(Context ctx) {
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

    void applyPolicy(Context ctx) {
        ObjectNode body = RequestBodies.jsonObject(ctx);
        SessionState session = sessions.get();
        BucketRequest request = BucketRequest.parse(S3Params.body(body, "bucket", session),
                S3Params.body(body, "report", session), S3Params.body(body, "account", session),
                S3Params.body(body, "region", session));
        boolean confirmed = S3Params.confirmed(body);
        String expected = body.path("expectedSha256").isTextual() ? body.get("expectedSha256").textValue() : null;
        if (confirmed && expected == null) {
            throw new InvalidInputException("'expectedSha256' is required with \"confirm\": true: send the fingerprint "
                    + "that came with the diff you confirmed.");
        }
        PolicyApplier applier = new PolicyApplier(s3.get());
        try {
            Map<String, Object> answer = new LinkedHashMap<>();
            if (!confirmed) {
                answer.put("ok", true);
                answer.put("applied", false);
                answer.putAll(applier.preview(request).json());
            } else {
                PolicyApplier.Applied applied = applier.apply(request, expected);
                answer.put("ok", applied.analysis().deliverable());
                answer.put("applied", applied.written());
                answer.put("findings", applied.analysis().findings());
                answer.putAll(applied.preview().json());
            }
            Responses.json(ctx, 200, answer);
        } catch (ActionRefused refused) {
            S3Answers.refused(ctx, refused);
        } catch (S3Failure failure) {
            S3Answers.failure(ctx, failure);
        }
    }
}
