package io.billingpilot.exports;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.ReportType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportDefinitionTest {
    private static final ExportInputs CUR2 = ExportInputs.dataExport("billing-cur2", "acme-billing", "eu-west-1",
            "123456789012");

    @Test
    void a_data_export_defaults_to_hourly_cur2_with_resource_ids_in_parquet_overwriting() {
        ExportDefinition definition = ExportDefinition.from(CUR2);
        assertEquals(ReportType.DATA_EXPORTS, definition.report());
        assertEquals(ExportTable.CUR2, definition.table());
        assertEquals(Granularity.HOURLY, definition.granularity());
        assertTrue(definition.includeResourceIds());
        assertEquals(FileFormat.PARQUET, definition.format());
        assertEquals(Versioning.OVERWRITE, definition.versioning());
        assertEquals("eu-west-1", definition.bucketRegion());
        assertFalse(definition.crossAccount());
    }

    @Test
    void the_cur2_query_names_every_column_of_the_table() {
        String query = ExportDefinition.from(CUR2).queryStatement();
        assertTrue(query.startsWith("SELECT bill_bill_type, bill_billing_entity, "), query);
        assertTrue(query.endsWith(", savings_plan_used_commitment FROM COST_AND_USAGE_REPORT"), query);
        assertTrue(query.contains("line_item_resource_id"), query);
        assertFalse(query.contains("*"), query);
        assertTrue(query.length() < 36_000);
    }

    @Test
    void without_resource_ids_the_query_leaves_their_column_out() {
        ExportDefinition definition = ExportDefinition.from(CUR2.withIncludeResourceIds(false));
        assertFalse(definition.queryStatement().contains("line_item_resource_id"));
        assertEquals("FALSE", definition.tableConfigurations().get("COST_AND_USAGE_REPORT").get("INCLUDE_RESOURCES"));
    }

    @Test
    void cur2_table_options_are_strings_as_the_api_wants() {
        Map<String, String> options = ExportDefinition.from(CUR2.withGranularity("daily"))
                .tableConfigurations().get("COST_AND_USAGE_REPORT");
        assertEquals("DAILY", options.get("TIME_GRANULARITY"));
        assertEquals("TRUE", options.get("INCLUDE_RESOURCES"));
    }

    @Test
    void focus_selects_from_focus_1_2_and_has_no_options() {
        ExportDefinition focus = ExportDefinition.from(CUR2.withTable("focus"));
        assertTrue(focus.queryStatement().startsWith("SELECT AvailabilityZone, BilledCost, "));
        assertTrue(focus.queryStatement().endsWith("x_ServiceCode FROM FOCUS_1_2_AWS"));
        assertEquals(Map.of("FOCUS_1_2_AWS", Map.of()), focus.tableConfigurations());
        assertNull(focus.granularity());
    }

    @Test
    void focus_with_a_granularity_is_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ExportDefinition.from(CUR2.withTable("focus").withGranularity("daily")));
        assertTrue(e.getMessage().contains("no time granularity"), e.getMessage());
    }

    @Test
    void a_legacy_report_defaults_to_hourly_gzip_csv_with_resources() {
        ExportDefinition cur = ExportDefinition.from(CUR2.withReport("cur"));
        assertNull(cur.table());
        assertNull(cur.queryStatement());
        assertEquals("textORcsv", cur.format().curFormat());
        assertEquals("GZIP", cur.format().curCompression());
        assertEquals(java.util.List.of("RESOURCES"), cur.additionalSchemaElements());
    }

    @Test
    void zip_is_only_for_the_legacy_report() {
        assertEquals(FileFormat.CSV_ZIP, ExportDefinition.from(CUR2.withReport("cur").withFormat("csv-zip")).format());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ExportDefinition.from(CUR2.withFormat("csv-zip")));
        assertTrue(e.getMessage().contains("Parquet or gzip"), e.getMessage());
    }

    @Test
    void another_accounts_bucket_is_carried_for_a_data_export_only() {
        ExportDefinition definition = ExportDefinition.from(CUR2.withBucketOwner("210987654321"));
        assertTrue(definition.crossAccount());
        assertEquals("210987654321", definition.bucketAccount());
        assertEquals("123456789012", definition.sourceAccount());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ExportDefinition.from(CUR2.withReport("cur").withBucketOwner("210987654321")));
        assertTrue(e.getMessage().contains("needs a Data Export"), e.getMessage());
    }

    @Test
    void the_own_account_as_bucket_owner_is_not_cross_account() {
        assertFalse(ExportDefinition.from(CUR2.withBucketOwner("123456789012")).crossAccount());
    }

    @Test
    void every_invalid_input_is_reported_at_once() {
        ExportInputs bad = new ExportInputs("data-exports", "my export", "carbon", null, null, null, null,
                "Acme_Billing", "/x/", null, "12", null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExportDefinition.from(bad));
        String all = String.join("\n", e.reasons());
        for (String expected : new String[]{"spaces", "bucket", "'/'", "region", "12-digit", "Unknown table"}) {
            assertTrue(all.contains(expected), expected + " missing from:\n" + all);
        }
    }

    @Test
    void detailed_billing_reports_cannot_be_created() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ExportDefinition.from(CUR2.withReport("dbr")));
        assertTrue(e.getMessage().contains("only in the console"), e.getMessage());
    }

    @Test
    void the_plan_lines_show_the_whole_definition() {
        var lines = ExportDefinition.from(CUR2.withBucketOwner("210987654321").withPrefix("billing")).lines();
        var labels = lines.stream().map(ExportDefinition.Line::label).toList();
        assertEquals(java.util.List.of("Type", "Export name", "Table", "Include resource IDs", "Time granularity",
                "Format and compression", "File versioning", "S3 bucket", "S3 path prefix", "Bucket region",
                "Created by account", "Bucket owner"), labels);
        assertTrue(lines.get(lines.size() - 1).value().contains("210987654321"));
    }
}
