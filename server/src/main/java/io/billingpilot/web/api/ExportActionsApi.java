package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.Finding;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.ExportInputs;
import io.billingpilot.exports.aws.BillingApiFailure;
import io.billingpilot.exports.aws.BillingApisHolder;
import io.billingpilot.exports.create.ExportCreator;
import io.billingpilot.exports.create.ExportPlan;
import io.billingpilot.exports.create.PlanJson;
import io.billingpilot.json.Json;
import io.billingpilot.s3.Outcome;
import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.actions.ActionRefused;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.billingpilot.web.BadRequestException;
import io.billingpilot.web.RequestBodies;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * POST /api/v1/actions/create-export {bucket, account, name, region, report, table, prefix,
 * bucketOwner, granularity, format, versioning, includeResourceIds, confirm}: without
 * {@code "confirm": true} the plan (definition, the bucket policy's verdict for the writer with
 * the merged policy and its diff, whether the name is free); with it, the export is created
 * unless the plan has errors (409 with the plan). Bucket, account, region and report fall back
 * to the session.
 */
final class ExportActionsApi {
    private final SessionStore sessions;
    private final S3AccessHolder s3;
    private final BillingApisHolder billing;

    ExportActionsApi(SessionStore sessions, S3AccessHolder s3, BillingApisHolder billing) {
        this.sessions = sessions;
        this.s3 = s3;
        this.billing = billing;
    }

    void create(Context ctx) {
        ObjectNode body = RequestBodies.jsonObject(ctx);
        ExportInputs inputs = inputs(body, sessions.get());
        boolean confirmed = S3Params.confirmed(body);
        try {
            ExportDefinition definition = ExportDefinition.from(ExportCreator.withBucketRegion(inputs, s3.get()));
            ExportCreator creator = new ExportCreator(s3.get(), billing.get());
            ExportPlan plan = creator.plan(definition);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("ok", plan.creatable());
            answer.put("applied", false);
            answer.put("findings", plan.findings());
            answer.putAll(PlanJson.of(plan));
            if (!confirmed || !plan.creatable()) {
                Responses.json(ctx, confirmed ? 409 : 200, answer);
                return;
            }
            ExportCreator.Created created = creator.create(definition);
            answer.put("applied", true);
            answer.put("exportArn", created.exportArn());
            Responses.json(ctx, 200, answer);
        } catch (ActionRefused refused) {
            S3Answers.refused(ctx, refused);
        } catch (S3Failure failure) {
            S3Answers.failure(ctx, failure);
        } catch (BillingApiFailure failure) {
            failure(ctx, failure);
        }
    }

    /** Like an S3 failure: a 200 with ok false, the message as a finding and whether anything could be checked. */
    static void failure(Context ctx, BillingApiFailure failure) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", false);
        body.put("findings", List.of(Finding.error(failure.kind().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'), failure.getMessage(), "")));
        body.put("outcome", failure.kind().blocksChecking() ? Outcome.COULD_NOT_CHECK : Outcome.FINDINGS);
        body.put("applied", false);
        Responses.json(ctx, 200, body);
    }

    private static ExportInputs inputs(ObjectNode body, SessionState session) {
        return new ExportInputs(S3Params.body(body, "report", session), text(body, "name"), text(body, "table"),
                bool(body, "includeResourceIds"), text(body, "granularity"), text(body, "format"),
                text(body, "versioning"), S3Params.body(body, "bucket", session), text(body, "prefix"),
                S3Params.body(body, "region", session), S3Params.body(body, "account", session),
                text(body, "bucketOwner"));
    }

    private static String text(ObjectNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadRequestException("'" + name + "' must be a string, not " + Json.describe(node) + ".");
        }
        return node.textValue();
    }

    private static Boolean bool(ObjectNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw new BadRequestException("'" + name + "' must be true or false, not " + Json.describe(node) + ".");
        }
        return node.booleanValue();
    }
}
