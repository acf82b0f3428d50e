package io.billingpilot.guide.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.Keyed;
import io.billingpilot.core.Layout;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.json.Json;
import io.billingpilot.state.ConsoleChoices;
import io.billingpilot.state.ExportForm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The billing vocabulary has two homes that must agree: the core types the server uses and
 * rules/console-labels.json, which the extension reads. Nothing else lists reports or layouts.
 */
class VocabularyTableTest {
    private static final JsonNode TABLE = table();
    private static final ConsoleLabels LABELS = ConsoleLabels.shared();

    @Test
    void the_legacy_reports_have_the_same_keys_and_markers_in_the_same_order() {
        List<String> inTable = new ArrayList<>();
        TABLE.get("legacyReports").forEach(r -> inTable.add(r.get("key").asText() + " " + r.get("target").asText()));
        List<String> inJava = new ArrayList<>();
        for (LegacyReport report : LegacyReport.values()) {
            inJava.add(report.key() + " " + report.target());
        }
        assertEquals(inJava, inTable);
    }

    @Test
    void the_layouts_are_the_table_s_billing_preferences_pages_its_s3_console_and_its_export_pages() {
        List<String> billing = new ArrayList<>();
        TABLE.get("layouts").fieldNames().forEachRemaining(billing::add);
        assertEquals(Layout.billingPreferences().stream().map(Layout::key).toList(), billing);

        Set<String> others = new LinkedHashSet<>(List.of("s3"));
        TABLE.get("exports").forEach(page -> others.add(page.get("layout").asText()));
        List<String> javaOthers = EnumSet.complementOf(EnumSet.copyOf(Layout.billingPreferences())).stream()
                .map(Layout::key).toList();
        assertEquals(javaOthers, List.copyOf(others));
    }

    @Test
    void only_layout_c_shows_new_accounts_fewer_reports_and_the_table_says_which() {
        assertEquals(EnumSet.of(LegacyReport.MONTHLY, LegacyReport.COST_ALLOCATION), LABELS.newAccountReports(Layout.C));
        assertEquals(Set.of(), LABELS.newAccountReports(Layout.A));
        assertEquals(Set.of(), LABELS.newAccountReports(Layout.B));
    }

    @Test
    void every_choice_on_the_export_forms_reads_as_a_value_of_the_export_definition() {
        Map<String, Function<String, Object>> readers = Map.of(
                "export-table", ConsoleChoices::table,
                "time-granularity", ConsoleChoices::granularity,
                "file-format", ConsoleChoices::format,
                "file-versioning", ConsoleChoices::versioning);
        int read = 0;
        for (JsonNode page : TABLE.get("exports")) {
            for (Map.Entry<String, Function<String, Object>> reader : readers.entrySet()) {
                for (String key : keys(page.path("choices").path(reader.getKey()))) {
                    // FOCUS 1.0 is offered by the console; exports are made with FOCUS 1.2, so it reads as unknown.
                    if (!key.equals("focus10")) {
                        assertNotNull(reader.getValue().apply(key), reader.getKey() + " " + key);
                        read++;
                    }
                }
            }
        }
        assertEquals(17, read);
    }

    @Test
    void every_status_of_the_export_list_reads_by_its_key_and_by_its_label() {
        JsonNode statuses = TABLE.get("exports").get("dataExportsList").get("statusTexts");
        List<String> keys = keys(statuses);
        assertEquals(List.of(ExportForm.Health.values()).stream().map(Keyed::key).toList(), keys);
        for (String key : keys) {
            assertEquals(key, ConsoleChoices.health(key).key());
            assertEquals(key, ConsoleChoices.health(statuses.get(key).asText()).key());
        }
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    static JsonNode table() {
        try (InputStream in = VocabularyTableTest.class.getClassLoader().getResourceAsStream(ConsoleLabels.RESOURCE)) {
            return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
