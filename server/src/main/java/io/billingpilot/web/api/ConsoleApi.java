package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Texts;
import io.billingpilot.json.Json;
import io.billingpilot.state.ConsoleState;
import io.billingpilot.state.SessionStore;
import io.billingpilot.web.RequestBodies;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** POST /api/v1/console: what the browser extension sees on the AWS console. */
final class ConsoleApi {
    static final Set<String> LAYOUTS = Set.of("A", "B", "C", "s3", "data-exports", "cur");
    /** Longer than any bucket name, so a mistyped long value is still shown back to the admin. */
    private static final int MAX_FIELD_CHARS = 255;
    private static final String[] REPORTS = {"monthly", "detailed", "costAllocation", "detailedTags"};

    private final SessionStore sessions;

    ConsoleApi(SessionStore sessions) {
        this.sessions = sessions;
    }

    void post(Context ctx) {
        ConsoleState console = parse(RequestBodies.jsonObject(ctx), Instant.now());
        Responses.json(ctx, 200, SessionView.of(sessions.update(state -> state.withConsole(console))));
    }

    static ConsoleState parse(ObjectNode body, Instant seenAt) {
        List<String> reasons = new ArrayList<>();
        JsonNode layout = body.get("layout");
        if (layout == null || !layout.isTextual() || !LAYOUTS.contains(layout.textValue())) {
            reasons.add("'layout' must be one of \"A\", \"B\", \"C\", \"s3\", \"data-exports\" or \"cur\""
                    + (layout == null ? "." : ", not " + Texts.clip(layout.toString()) + "."));
        }
        Boolean enableReports = null;
        JsonNode enable = body.get("enableReports");
        if (enable != null && !enable.isNull()) {
            if (enable.isBoolean()) {
                enableReports = enable.booleanValue();
            } else {
                reasons.add("'enableReports' must be true or false, not " + Json.describe(enable) + ".");
            }
        }
        String bucketField = null;
        JsonNode field = body.get("bucketField");
        if (field != null && !field.isNull()) {
            if (!field.isTextual()) {
                reasons.add("'bucketField' must be a string or null, not " + Json.describe(field) + ".");
            } else if (field.textValue().length() > MAX_FIELD_CHARS) {
                reasons.add("'bucketField' is longer than " + MAX_FIELD_CHARS + " characters.");
            } else {
                bucketField = field.textValue();
            }
        }
        ConsoleState.Reports reports = null;
        JsonNode reportsNode = body.get("reports");
        if (reportsNode != null && !reportsNode.isNull()) {
            if (!reportsNode.isObject()) {
                reasons.add("'reports' must be an object of four booleans, not " + Json.describe(reportsNode) + ".");
            } else {
                boolean[] ticks = new boolean[REPORTS.length];
                for (int i = 0; i < REPORTS.length; i++) {
                    JsonNode tick = reportsNode.get(REPORTS[i]);
                    if (tick == null || tick.isNull()) {
                        continue;
                    }
                    if (tick.isBoolean()) {
                        ticks[i] = tick.booleanValue();
                    } else {
                        reasons.add("'reports." + REPORTS[i] + "' must be true or false, not " + Json.describe(tick) + ".");
                    }
                }
                reports = new ConsoleState.Reports(ticks[0], ticks[1], ticks[2], ticks[3]);
            }
        }
        ConsoleState.ExportForm export = ConsoleExportBody.form(body.get("export"), reasons);
        List<ConsoleState.ExportStatus> exports = ConsoleExportBody.list(body.get("exports"), reasons);
        if (!reasons.isEmpty()) {
            throw new InvalidInputException(String.join(" ", reasons), reasons);
        }
        return new ConsoleState(layout.textValue(), enableReports, bucketField, reports, seenAt, export, exports);
    }
}
