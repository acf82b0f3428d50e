package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Regions;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.s3.RegionPartition;
import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.actions.ActionRefused;
import io.billingpilot.s3.actions.PolicyApplier;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.billingpilot.web.RequestBodies;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POST /api/v1/actions/apply-policy {bucket, report, account, region, confirm, expectedSha256}.
 * Without confirm: the diff and the fingerprint of the policy as read, nothing written. With
 * {@code "confirm": true} and that fingerprint: the merged policy is written, unless the policy
 * changed meanwhile (409 with the new diff).
 */
final class ApplyPolicyApi {
    private final SessionStore sessions;
    private final S3AccessHolder s3;

    ApplyPolicyApi(SessionStore sessions, S3AccessHolder s3) {
        this.sessions = sessions;
        this.s3 = s3;
    }

    void post(Context ctx) {
        ObjectNode body = RequestBodies.jsonObject(ctx);
        SessionState session = sessions.get();
        String region = Regions.parse(S3Params.body(body, "region", session));
        PolicyRequest request = PolicyRequest.parse(S3Params.body(body, "bucket", session),
                S3Params.body(body, "report", session), S3Params.body(body, "account", session),
                RegionPartition.of(region).id());
        request.requireAccount();
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
                answer.putAll(applier.preview(request, region).json());
            } else {
                PolicyApplier.Applied applied = applier.apply(request, region, expected);
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
