package io.billingpilot.guide.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.Layout;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The AWS console's visible labels, read from the one table the extension also uses
 * ({@code rules/console-labels.json} on the classpath). The guide names every console control
 * through this class, so a relabelled console is fixed in the table alone.
 */
public final class ConsoleLabels {
    public static final String RESOURCE = "rules/console-labels.json";
    public static final String CONSOLE = "https://console.aws.amazon.com";

    private static final ConsoleLabels SHARED = load(RESOURCE);

    private final JsonNode table;

    ConsoleLabels(JsonNode table) {
        this.table = table;
    }

    /** The table shipped with the program, read once. */
    public static ConsoleLabels shared() {
        return SHARED;
    }

    public static ConsoleLabels load(String resource) {
        try (InputStream in = ConsoleLabels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The console label table " + resource + " is missing from the program.");
            }
            return new ConsoleLabels(Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    /** The Billing preferences layouts the table knows (A, B, C). */
    public List<Layout> layouts() {
        List<Layout> layouts = new ArrayList<>();
        table.path("layouts").fieldNames().forEachRemaining(key -> layouts.add(Layout.parse(key)));
        return layouts;
    }

    /** E.g. "Billing preferences (2023-now)". */
    public String title(Layout layout) {
        return text(layout(layout).path("title"), layout.key() + ".title");
    }

    /** The label the guide shows for a marked target (the first of its labels), e.g. "Verify". */
    public String target(Layout layout, String target) {
        return text(layout(layout).path("targets").path(target).path("labels").path(0), layout.key() + ".targets." + target);
    }

    /** Whether the layout has a control for this target (layout A has no configure dialog, for one). */
    public boolean hasTarget(Layout layout, String target) {
        return layout(layout).path("targets").has(target);
    }

    /** The section that holds the legacy report settings, or null when the page has none (layout A). */
    public String section(Layout layout) {
        JsonNode section = layout(layout).path("section");
        return section.isTextual() ? section.textValue() : null;
    }

    /** The button that opens the legacy section for editing, or null when there is none. */
    public String editButton(Layout layout) {
        JsonNode edit = layout(layout).path("editButton");
        return edit.isTextual() ? edit.textValue() : null;
    }

    /** A label in the layout's bucket dialog: title, existingBucket, newBucket, region or next. */
    public String dialog(Layout layout, String key) {
        return text(layout(layout).path("dialog").path(key), layout.key() + ".dialog." + key);
    }

    /** The Billing preferences page of a layout in the console. */
    public String preferencesUrl(Layout layout) {
        return CONSOLE + "/billing/home" + text(layout(layout).path("routes").path(0), layout.key() + ".routes");
    }

    /** Texts the page shows once delivery is set up (empty when the table lists none). */
    public List<String> statusTexts(Layout layout) {
        List<String> texts = new ArrayList<>();
        layout(layout).path("statusTexts").forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** The label of the name field on the S3 console's create-bucket page. */
    public String s3BucketNameField() {
        return text(table.path("s3").path("createBucket").path("bucket-name").path("labels").path(0),
                "s3.createBucket.bucket-name");
    }

    // The Data Exports pages and the legacy CUR create flow (the table's "exports").

    /** The Data Exports list page ("Exports and dashboards"). */
    public static final String DATA_EXPORTS_LIST = "dataExportsList";
    /** The Data Exports create page, which also creates a legacy CUR ("Legacy CUR export"). */
    public static final String DATA_EXPORTS_CREATE = "dataExportsCreate";
    /** The older Cost & Usage Reports create flow under the Billing console. */
    public static final String CUR_CREATE = "curCreate";

    /** E.g. "Data Exports: Create export". */
    public String exportTitle(String page) {
        return text(exports(page).path("title"), "exports." + page + ".title");
    }

    /** The layout the extension reports on that page: data-exports or cur. */
    public String exportLayout(String page) {
        return text(exports(page).path("layout"), "exports." + page + ".layout");
    }

    /** The page in the console: its console's home plus its first route. */
    public String exportUrl(String page) {
        JsonNode node = exports(page);
        return CONSOLE + "/" + text(node.path("console"), "exports." + page + ".console") + "/home"
                + text(node.path("routes").path(0), "exports." + page + ".routes");
    }

    /** The label the guide shows for a marked target on an export page, e.g. "Export name". */
    public String exportTarget(String page, String target) {
        return text(exports(page).path("targets").path(target).path("labels").path(0),
                "exports." + page + ".targets." + target);
    }

    public boolean hasExportTarget(String page, String target) {
        return exports(page).path("targets").has(target);
    }

    /** The visible label of one option, e.g. exportChoice(DATA_EXPORTS_CREATE, "time-granularity", "HOURLY"). */
    public String exportChoice(String page, String target, String key) {
        return text(exports(page).path("choices").path(target).path(key),
                "exports." + page + ".choices." + target + "." + key);
    }

    /** A group or field label of an export page (its "fields"), e.g. "Time granularity". */
    public String exportField(String page, String key) {
        return text(exports(page).path("fields").path(key), "exports." + page + ".fields." + key);
    }

    /** A section heading of the Data Exports create page: table, delivery or storage. */
    public String exportSection(String page, String key) {
        return text(exports(page).path("sections").path(key), "exports." + page + ".sections." + key);
    }

    /** A label in an export page's bucket dialog. */
    public String exportDialog(String page, String key) {
        return text(exports(page).path("dialog").path(key), "exports." + page + ".dialog." + key);
    }

    /** How to reach a page: console, page, create (and next on the older CUR flow). */
    public String exportNavigation(String page, String key) {
        return text(exports(page).path("navigation").path(key), "exports." + page + ".navigation." + key);
    }

    /** A label the Data Exports create page shows instead when "Legacy CUR export" is chosen. */
    public String legacyExport(String key) {
        return text(exports(DATA_EXPORTS_CREATE).path("legacyExport").path(key), "exports.dataExportsCreate.legacyExport." + key);
    }

    /** A column heading of the Data Exports list, e.g. column("status") is "Status". */
    public String exportColumn(String key) {
        return text(exports(DATA_EXPORTS_LIST).path("columns").path(key), "exports.dataExportsList.columns." + key);
    }

    /** A status text of the Data Exports list: healthy, unhealthy or invalidBucket. */
    public String exportStatusText(String key) {
        return text(exports(DATA_EXPORTS_LIST).path("statusTexts").path(key), "exports.dataExportsList.statusTexts." + key);
    }

    private JsonNode exports(String page) {
        JsonNode node = table.path("exports").path(page == null ? "" : page);
        if (!node.isObject()) {
            throw new IllegalArgumentException("The console label table has no export page '" + page + "'.");
        }
        return node;
    }

    /** The button that creates the bucket on the S3 console's create-bucket page. */
    public String s3CreateBucketButton() {
        return text(table.path("s3").path("createBucket").path("save").path("labels").path(0), "s3.createBucket.save");
    }

    /** Where a bucket's policy is on the S3 console: "tab" (Permissions) and "section" (Bucket policy). */
    public String s3PolicyNavigation(String key) {
        return text(table.path("s3").path("bucketPolicy").path("navigation").path(key), "s3.bucketPolicy.navigation." + key);
    }

    /**
     * The legacy reports a layout shows accounts that never had Detailed Billing (layout C: the
     * monthly and cost allocation reports); empty when the layout shows every account all four.
     */
    public Set<LegacyReport> newAccountReports(Layout layout) {
        Set<LegacyReport> reports = EnumSet.noneOf(LegacyReport.class);
        for (JsonNode key : layout(layout).path("newAccountReports")) {
            LegacyReport report = LegacyReport.byKey(key.asText());
            if (report == null) {
                throw new IllegalArgumentException("The console label table names an unknown report '" + key.asText()
                        + "' at " + layout.key() + ".newAccountReports.");
            }
            reports.add(report);
        }
        return reports;
    }

    /** What the overlay points at on a layout's Billing preferences page, in the table's order. */
    public List<String> overlayTargets(Layout layout) {
        return firstLabels(layout(layout).path("targets"));
    }

    /**
     * A label of the IAM console's role pages ({@code page} "createRole" or "inlinePolicy"), e.g.
     * {@code iam("createRole", "customTrustPolicy")} is "Custom trust policy".
     */
    public String iam(String page, String key) {
        return text(table.path("iam").path(page).path("labels").path(key), "iam." + page + "." + key);
    }

    /** Whether the IAM labels were checked against a captured console page (they are not yet). */
    public boolean iamVerified() {
        return table.path("iam").path("verified").asBoolean(false);
    }

    /** What the overlay points at on the S3 console's create-bucket page. */
    public List<String> s3CreateBucketTargets() {
        return firstLabels(table.path("s3").path("createBucket"));
    }

    /** What the overlay points at on an export page of the table ("dataExportsCreate", "curCreate"). */
    public List<String> exportTargets(String page) {
        return firstLabels(table.path("exports").path(page).path("targets"));
    }

    /** The first label of every entry that has labels, in the table's order, each once. */
    private static List<String> firstLabels(JsonNode targets) {
        List<String> labels = new ArrayList<>();
        targets.forEach(target -> {
            JsonNode label = target.path("labels").path(0);
            if (label.isTextual() && !labels.contains(label.textValue())) {
                labels.add(label.textValue());
            }
        });
        return labels;
    }

    private JsonNode layout(Layout layout) {
        JsonNode node = table.path("layouts").path(layout == null ? "" : layout.key());
        if (!node.isObject()) {
            throw new IllegalArgumentException("The console label table has no layout '"
                    + (layout == null ? null : layout.key()) + "'.");
        }
        return node;
    }

    private static String text(JsonNode node, String where) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("The console label table has no text at " + where + ".");
        }
        return node.textValue();
    }
}
