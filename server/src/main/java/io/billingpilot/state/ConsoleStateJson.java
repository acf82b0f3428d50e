package io.billingpilot.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.Keyed;
import io.billingpilot.core.Layout;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.json.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The console state as JSON: the body of {@code POST /api/v1/console}, the session's
 * {@code console} in {@code GET /api/v1/session}, and the same object in the session file.
 */
public final class ConsoleStateJson {
    /** Longer than any bucket name, so a mistyped long value is still shown back to the admin. */
    public static final int MAX_FIELD_CHARS = 255;
    /** Longer than any export name (128) or prefix AWS takes, so a mistyped long value is still shown back. */
    public static final int MAX_EXPORT_TEXT_CHARS = 1024;
    public static final int MAX_LISTED_EXPORTS = 200;

    private ConsoleStateJson() {
    }

    /** The console state in {@code fields}; every problem goes to the fields' reasons. */
    public static ConsoleState read(JsonFields fields, Instant seenAt) {
        Layout layout = fields.required("layout", Layout::parse, "one of " + Keyed.keys(Layout.class));
        return new ConsoleState(layout, fields.bool("enableReports"), fields.text("bucketField", MAX_FIELD_CHARS),
                reports(fields.object("reports")), export(fields.object("export")), seenAt);
    }

    public static ObjectNode write(ConsoleState console) {
        ObjectNode json = Json.object();
        json.put("layout", console.layout() == null ? null : console.layout().key());
        json.put("enableReports", console.enableReports());
        json.put("bucketField", console.bucketField());
        if (console.reports() == null) {
            json.putNull("reports");
        } else {
            ObjectNode ticks = json.putObject("reports");
            for (LegacyReport report : LegacyReport.values()) {
                ticks.put(report.key(), console.reports().contains(report));
            }
        }
        if (console.export() == null) {
            json.putNull("export");
        } else {
            json.set("export", export(console.export()));
        }
        json.put("seenAt", console.seenAt() == null ? null : console.seenAt().toString());
        return json;
    }

    private static EnumSet<LegacyReport> reports(JsonFields fields) {
        if (fields == null) {
            return null;
        }
        EnumSet<LegacyReport> ticked = EnumSet.noneOf(LegacyReport.class);
        for (LegacyReport report : LegacyReport.values()) {
            if (Boolean.TRUE.equals(fields.bool(report.key()))) {
                ticked.add(report);
            }
        }
        return ticked;
    }

    private static ExportForm export(JsonFields fields) {
        if (fields == null) {
            return null;
        }
        List<ExportForm.Listed> listed = null;
        List<JsonFields> exports = fields.objects("exports", MAX_LISTED_EXPORTS);
        if (exports != null) {
            listed = new ArrayList<>();
            for (JsonFields export : exports) {
                listed.add(new ExportForm.Listed(export.text("name", MAX_EXPORT_TEXT_CHARS),
                        export.text("status", ConsoleChoices::health)));
            }
        }
        return new ExportForm(fields.text("name", MAX_EXPORT_TEXT_CHARS), fields.text("bucket", MAX_EXPORT_TEXT_CHARS),
                fields.text("prefix", MAX_EXPORT_TEXT_CHARS),
                fields.text("table", ConsoleChoices::table),
                fields.text("granularity", ConsoleChoices::granularity),
                fields.text("format", ConsoleChoices::format),
                fields.text("versioning", ConsoleChoices::versioning),
                fields.bool("includeResourceIds"), listed);
    }

    private static ObjectNode export(ExportForm export) {
        ObjectNode json = Json.object();
        json.put("name", export.name());
        json.put("bucket", export.bucket());
        json.put("prefix", export.prefix());
        json.put("table", ConsoleChoices.id(export.table()));
        json.put("granularity", ConsoleChoices.id(export.granularity()));
        json.put("format", ConsoleChoices.id(export.format()));
        json.put("versioning", ConsoleChoices.id(export.versioning()));
        json.put("includeResourceIds", export.includeResourceIds());
        if (export.exports() == null) {
            json.putNull("exports");
        } else {
            ArrayNode list = json.putArray("exports");
            for (ExportForm.Listed listed : export.exports()) {
                list.addObject().put("name", listed.name()).put("status", ConsoleChoices.id(listed.health()));
            }
        }
        return json;
    }
}
