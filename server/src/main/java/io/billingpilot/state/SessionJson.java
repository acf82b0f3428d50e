package io.billingpilot.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.AccountId;
import io.billingpilot.core.BucketName;
import io.billingpilot.core.ExportFields;
import io.billingpilot.core.ExternalId;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Keyed;
import io.billingpilot.core.Layout;
import io.billingpilot.core.Region;
import io.billingpilot.core.ReportType;
import io.billingpilot.core.Texts;
import io.billingpilot.handoff.MonitoringTools;
import io.billingpilot.json.Json;
import io.billingpilot.policy.ReaderAccess;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The session as JSON, as {@code GET /api/v1/session} shows it and the session file keeps it:
 * the contract's fields first, null where not yet known.
 */
public final class SessionJson {
    private SessionJson() {
    }

    public static ObjectNode write(SessionState state) {
        ObjectNode json = Json.object();
        json.put("bucket", state.bucket());
        json.put("report", state.report() == null ? null : state.report().id());
        json.put("region", state.region() == null ? null : state.region().id());
        json.put("account", AccountId.digitsOf(state.account()));
        if (state.console() == null) {
            json.putNull("console");
        } else {
            json.set("console", ConsoleStateJson.write(state.console()));
        }
        json.put("exportName", state.exportName());
        json.put("prefix", state.prefix());
        json.put("bucketOwner", AccountId.digitsOf(state.bucketOwner()));
        json.put("situation", state.situation() == null ? null : state.situation().key());
        json.put("layout", state.layout() == null ? null : state.layout().key());
        if (state.handOff() == null) {
            json.putNull("handOff");
        } else {
            ObjectNode handOff = json.putObject("handOff");
            handOff.put("tool", state.handOff().tool());
            handOff.put("toolAccount", AccountId.digitsOf(state.handOff().toolAccount()));
            handOff.put("externalId", state.handOff().externalId());
            handOff.put("kmsKey", state.handOff().kmsKey());
        }
        json.putArray("stepsDone").addAll(state.stepsDone().stream().map(Json.MAPPER.getNodeFactory()::textNode).toList());
        return json;
    }

    /** Every value through its parse method; one that fails reads as null and adds a reason to {@code fields}. */
    public static SessionState read(JsonFields fields) {
        JsonFields console = fields.object("console");
        JsonFields handOff = fields.object("handOff");
        ReportType report = fields.text("report", ReportType::parse);
        return new SessionState(
                fields.text("bucket", BucketName::require),
                report,
                fields.text("region", Region::parse),
                fields.text("account", AccountId::of),
                fields.text("bucketOwner", SessionJson::bucketOwner),
                fields.text("exportName", value -> exportName(report, value)),
                fields.text("prefix", value -> prefix(report, value)),
                fields.text("situation", value -> Keyed.parse(Situation.class, value, "situation")),
                fields.text("layout", Layout::parseBillingPreferences),
                fields.strings("stepsDone"),
                console == null ? null : ConsoleStateJson.read(console, console.text("seenAt", SessionJson::instant)),
                handOff == null ? null : new HandOff(
                        handOff.text("tool", value -> HandOff.parse(value, null, null, null, null).tool()),
                        handOff.text("toolAccount", value -> AccountId.of(value, MonitoringTools.TOOL_ACCOUNT)),
                        handOff.text("externalId", ExternalId::require),
                        handOff.text("kmsKey", value -> ReaderAccess.kmsKey(value, null))));
    }

    public static AccountId bucketOwner(String value) {
        return AccountId.of(value, "the account that owns the bucket");
    }

    /** The session's export name, checked for its report (for both kinds while none is chosen); blank gives null. */
    public static String exportName(ReportType report, String value) {
        return value == null || value.isBlank() ? null : ExportFields.requireName(report, value.strip());
    }

    /** The session's S3 prefix, checked as {@link #exportName} is; blank (the bucket's top level) gives null. */
    public static String prefix(ReportType report, String value) {
        return value == null || value.isBlank() ? null : ExportFields.requirePrefix(report, value.strip());
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("'" + Texts.clip(value) + "' is not a time.");
        }
    }
}
