package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import io.billingpilot.state.ConsoleState;

import java.util.ArrayList;
import java.util.List;

/**
 * The Data Exports and legacy CUR parts of {@code POST /api/v1/console}: the create form's
 * choices under {@code export}, the list page's rows under {@code exports}. Values are what the
 * page holds, kept as text: the guide compares them with the session and names the differences.
 */
final class ConsoleExportBody {
    /** Longer than any export name (128) or prefix AWS takes, so a mistyped long value is still shown back. */
    static final int MAX_TEXT_CHARS = 1024;
    /** More rows than the console's list shows on one page; the rest are left out. */
    static final int MAX_EXPORTS = 100;
    private static final String[] TEXTS = {"name", "bucket", "prefix", "table", "granularity", "format", "versioning"};

    private ConsoleExportBody() {
    }

    /** The create form's choices, or null when the body has none. */
    static ConsoleState.ExportForm form(JsonNode node, List<String> reasons) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            reasons.add("'export' must be an object of the form's choices, not " + Json.describe(node) + ".");
            return null;
        }
        String[] values = new String[TEXTS.length];
        for (int i = 0; i < TEXTS.length; i++) {
            values[i] = text(node.get(TEXTS[i]), "export." + TEXTS[i], reasons);
        }
        Boolean resourceIds = null;
        JsonNode ids = node.get("includeResourceIds");
        if (ids != null && !ids.isNull()) {
            if (ids.isBoolean()) {
                resourceIds = ids.booleanValue();
            } else {
                reasons.add("'export.includeResourceIds' must be true, false or null, not " + Json.describe(ids) + ".");
            }
        }
        return new ConsoleState.ExportForm(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                resourceIds);
    }

    /** The list page's rows ({@code [{"name", "status"}]}), empty when the body has none. */
    static List<ConsoleState.ExportStatus> list(JsonNode node, List<String> reasons) {
        List<ConsoleState.ExportStatus> rows = new ArrayList<>();
        if (node == null || node.isNull()) {
            return rows;
        }
        if (!node.isArray()) {
            reasons.add("'exports' must be a list of {\"name\", \"status\"}, not " + Json.describe(node) + ".");
            return rows;
        }
        for (int i = 0; i < node.size() && rows.size() < MAX_EXPORTS; i++) {
            JsonNode row = node.get(i);
            if (!row.isObject()) {
                reasons.add("'exports[" + i + "]' must be an object, not " + Json.describe(row) + ".");
                continue;
            }
            String name = text(row.get("name"), "exports[" + i + "].name", reasons);
            String status = text(row.get("status"), "exports[" + i + "].status", reasons);
            if (name != null) {
                rows.add(new ConsoleState.ExportStatus(name, status));
            }
        }
        return rows;
    }

    private static String text(JsonNode node, String where, List<String> reasons) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            reasons.add("'" + where + "' must be a string or null, not " + Json.describe(node) + ".");
            return null;
        }
        if (node.textValue().length() > MAX_TEXT_CHARS) {
            reasons.add("'" + where + "' is longer than " + MAX_TEXT_CHARS + " characters.");
            return null;
        }
        return node.textValue();
    }
}
