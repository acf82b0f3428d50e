package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.AccountId;
import io.billingpilot.core.BucketName;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Region;
import io.billingpilot.core.ReportType;
import io.billingpilot.core.Texts;
import io.billingpilot.json.Json;
import io.billingpilot.state.SessionJson;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.billingpilot.web.RequestBodies;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/** GET and PUT /api/v1/session. A PUT is all or nothing: one invalid field and nothing is stored. */
final class SessionApi {
    private static final List<String> FIELDS = List.of("bucket", "report", "region", "account", "exportName", "prefix", "bucketOwner");

    private final SessionStore sessions;

    SessionApi(SessionStore sessions) {
        this.sessions = sessions;
    }

    void get(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        Responses.json(ctx, 200, SessionView.of(sessions.get()));
    }

    void put(Context ctx) {
        ObjectNode body = RequestBodies.jsonObject(ctx);
        UnaryOperator<SessionState> change = parseChange(body, sessions.get());
        Responses.json(ctx, 200, SessionView.of(sessions.update(change)));
    }

    /** @param current the session now: export names and prefixes follow the rules of its report unless the body names one */
    static UnaryOperator<SessionState> parseChange(ObjectNode body, SessionState current) {
        List<String> reasons = new ArrayList<>();
        List<UnaryOperator<SessionState>> changes = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                reasons.add("Unknown field '" + Texts.clip(name) + "': the session takes " + String.join(", ", FIELDS) + ".");
            }
        }
        field(body, "bucket", reasons, changes, value -> {
            String bucket = BucketName.require(value);
            return state -> state.withBucket(bucket);
        });
        field(body, "report", reasons, changes, value -> {
            ReportType report = ReportType.parse(value);
            return state -> state.withReport(report);
        });
        field(body, "region", reasons, changes, value -> {
            Region region = Region.parse(value);
            return state -> state.withRegion(region);
        });
        field(body, "account", reasons, changes, value -> {
            AccountId account = AccountId.of(value);
            return state -> state.withAccount(account);
        });
        ReportType report = reportAfter(body, current);
        field(body, "exportName", reasons, changes, value -> {
            String name = SessionJson.exportName(report, value);
            return state -> state.withExportName(name);
        });
        field(body, "prefix", reasons, changes, value -> {
            String prefix = SessionJson.prefix(report, value);
            return state -> state.withPrefix(prefix);
        });
        field(body, "bucketOwner", reasons, changes, value -> {
            AccountId owner = SessionJson.bucketOwner(value);
            return state -> state.withBucketOwner(owner);
        });
        if (!reasons.isEmpty()) {
            throw new InvalidInputException(String.join(" ", reasons), reasons);
        }
        return state -> {
            SessionState next = state;
            for (UnaryOperator<SessionState> change : changes) {
                next = change.apply(next);
            }
            return next;
        };
    }

    /** The report the body sets when it names a valid one, else the session's (null while none is chosen). */
    private static ReportType reportAfter(ObjectNode body, SessionState current) {
        if (body.path("report").isTextual()) {
            try {
                return ReportType.parse(body.get("report").textValue());
            } catch (InvalidInputException e) {
                return current.report();
            }
        }
        return body.has("report") ? null : current.report();
    }

    private interface FieldParser {
        UnaryOperator<SessionState> parse(String value);
    }

    /** A field that is absent is left alone; null clears it; a string is validated; anything else is refused. */
    private static void field(ObjectNode body, String name, List<String> reasons,
                              List<UnaryOperator<SessionState>> changes, FieldParser parser) {
        if (!body.has(name)) {
            return;
        }
        JsonNode node = body.get(name);
        if (node.isNull()) {
            changes.add(clear(name));
            return;
        }
        if (!node.isTextual()) {
            reasons.add("'" + name + "' must be a string, not " + Json.describe(node) + ".");
            return;
        }
        try {
            changes.add(parser.parse(node.textValue()));
        } catch (InvalidInputException e) {
            reasons.addAll(e.reasons().size() > 1
                    ? e.reasons().stream().map(r -> name + ": " + r).toList()
                    : List.of(e.getMessage()));
        }
    }

    private static UnaryOperator<SessionState> clear(String name) {
        return switch (name) {
            case "bucket" -> state -> state.withBucket(null);
            case "report" -> state -> state.withReport(null);
            case "region" -> state -> state.withRegion(null);
            case "account" -> state -> state.withAccount(null);
            case "exportName" -> state -> state.withExportName(null);
            case "prefix" -> state -> state.withPrefix(null);
            case "bucketOwner" -> state -> state.withBucketOwner(null);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
