package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.AccountId;
import io.billingpilot.json.Json;
import io.billingpilot.state.SessionState;
import io.billingpilot.web.BadRequestException;
import io.javalin.http.Context;

import java.util.HashSet;
import java.util.Set;

/**
 * Parameters of the S3 calls: from the query string or the JSON body, falling back to the
 * session. Where S3 requests go and as whom (endpoint, profile) is fixed when the server
 * starts: a page could otherwise make the server send signed requests to any host.
 */
final class S3Params {
    private static final Set<String> SERVER_ONLY = Set.of("endpoint", "profile");

    private S3Params() {
    }

    /** A query parameter, else the session's value (bucket, report, region, account). */
    static String query(Context ctx, String name, SessionState session) {
        refuseServerOnly(ctx.queryParamMap().keySet());
        String value = ctx.queryParam(name);
        return value != null && !value.isBlank() ? value : fromSession(session, name);
    }

    /** A string field of the body, else the session's value. */
    static String body(ObjectNode body, String name, SessionState session) {
        refuseServerOnly(fieldNames(body));
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return fromSession(session, name);
        }
        if (!node.isTextual()) {
            throw new BadRequestException("'" + name + "' must be a string, not " + Json.describe(node) + ".");
        }
        return node.textValue();
    }

    /** True only for the JSON literal true: an action runs on explicit confirmation only. */
    static boolean confirmed(ObjectNode body) {
        JsonNode confirm = body.get("confirm");
        if (confirm != null && !confirm.isNull() && !confirm.isBoolean()) {
            throw new BadRequestException("'confirm' must be true or false, not " + Json.describe(confirm) + ".");
        }
        return confirm != null && confirm.booleanValue();
    }

    private static Set<String> fieldNames(ObjectNode body) {
        Set<String> names = new HashSet<>();
        body.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void refuseServerOnly(Set<String> names) {
        for (String name : SERVER_ONLY) {
            if (names.contains(name)) {
                throw new BadRequestException("'" + name + "' cannot be chosen per request: start the server with "
                        + "'serve --" + name + " ...' instead.");
            }
        }
    }

    private static String fromSession(SessionState session, String name) {
        return switch (name) {
            case "bucket" -> session.bucket();
            case "report" -> session.report() == null ? null : session.report().id();
            case "region" -> session.region() == null ? null : session.region().id();
            case "account" -> AccountId.digitsOf(session.account());
            default -> null;
        };
    }
}
