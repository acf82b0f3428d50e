package io.billingpilot.web.api;

import io.billingpilot.core.Finding;
import io.billingpilot.s3.Outcome;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.actions.ActionRefused;
import io.billingpilot.s3.actions.PolicyChanged;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers of the S3 calls when S3 could not be used: still a 200 with the contract's
 * {@code ok}/{@code findings} shape and an outcome, so a page renders them like any result.
 * A refused action is a 409. Messages are always billing-pilot's own, never the SDK's.
 */
final class S3Answers {
    private S3Answers() {
    }

    static void failure(Context ctx, S3Failure failure) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", false);
        body.put("findings", List.of(Finding.error(failure.kind().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'), failure.getMessage(), "")));
        body.put("outcome", failure.kind().blocksChecking() ? Outcome.COULD_NOT_CHECK : Outcome.FINDINGS);
        body.put("applied", false);
        Responses.json(ctx, 200, body);
    }

    static void refused(Context ctx, ActionRefused refused) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", refused.getMessage());
        body.put("reasons", List.of(refused.getMessage()));
        body.put("fix", refused.fix());
        body.put("applied", false);
        if (refused instanceof PolicyChanged changed) {
            body.put("current", changed.current().json());
        }
        Responses.json(ctx, 409, body);
    }
}
