package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.AccountId;
import io.billingpilot.core.BucketName;
import io.billingpilot.core.ExportFields;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Regions;
import io.billingpilot.core.ReportType;
import io.billingpilot.core.Texts;
import io.billingpilot.json.Json;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.billingpilot.web.RequestBodies;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** GET and PUT /api/v1/session. A PUT is all or nothing: one invalid field and nothing is stored. */
final class SessionApi {
    private static final Set<String> FIELDS = Set.of("bucket", "report", "region", "account", ExportFields.NAME,
            ExportFields.PREFIX);

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
        UnaryOperator<SessionState> change = parseChange(body, sessions.get().report());
        Responses.json(ctx, 200, SessionView.of(sessions.update(change)));
    }

    static UnaryOperator<SessionState> parseChange(ObjectNode body) {
        return parseChange(body, null);
    }

    /**
     * @param currentReport the session's report: the export name and prefix follow its rules unless the
     *                      same body names another report
     */
    static UnaryOperator<SessionState> parseChange(ObjectNode body, String currentReport) {
        List<String> reasons = new ArrayList<>();
        List<UnaryOperator<SessionState>> changes = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                reasons.add("Unknown field '" + Texts.clip(name) + "': the session takes bucket, report, region, account, "
                        + "exportName and prefix.");
            }
        }
        field(body, "bucket", reasons, changes, value -> {
            BucketName.require(value);
            return state -> state.withBucket(value);
        });
        field(body, "report", reasons, changes, value -> {
            String id = ReportType.parse(value).id();
            return state -> state.withReport(id);
        });
        field(body, "region", reasons, changes, value -> {
            String region = Regions.parse(value);
            return state -> state.withRegion(region);
        });
        field(body, "account", reasons, changes, value -> {
            String account = AccountId.parse(value);
            return state -> state.withAccount(account);
        });
        ReportType report = reportFor(body, currentReport);
        field(body, ExportFields.NAME, reasons, changes, value -> {
            String name = ExportFields.requireName(report, value);
            return state -> state.withExportName(name);
        });
        field(body, ExportFields.PREFIX, reasons, changes, value -> {
            String prefix = ExportFields.requirePrefix(report, value);
            return state -> state.withPrefix(prefix);
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

    /** The report whose rules the export name and prefix follow; an invalid one is refused on its own. */
    private static ReportType reportFor(ObjectNode body, String currentReport) {
        JsonNode report = body.get("report");
        String chosen = report != null && report.isTextual() ? report.textValue() : currentReport;
        for (String candidate : new String[]{chosen, currentReport}) {
            try {
                return ReportType.parse(candidate);
            } catch (InvalidInputException e) {
                // The body's report is refused with its own reason; a hand-edited session counts as unknown.
            }
        }
        return ReportType.DEFAULT;
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
            case ExportFields.NAME -> state -> state.withExportName(null);
            case ExportFields.PREFIX -> state -> state.withPrefix(null);
            default -> state -> state.withAccount(null);
        };
    }
}
