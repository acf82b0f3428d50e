package io.billingpilot.guide;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.Step;
import io.billingpilot.json.Json;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start page's paths and step 2 for Data Exports and the legacy CUR, over plain HTTP. */
class ExportPagesTest {
    private static final ConsoleLabels LABELS = ConsoleLabels.shared();

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_start_page_says_which_paths_a_new_account_has_and_which_fits_the_tool() {
        String before = server.get("/").body();
        assertTrue(before.contains("has not seen your Billing preferences page yet"), before);
        assertTrue(before.contains("BILLING_PERIOD=YYYY-MM"), "the Data Exports layout in the bucket");
        assertTrue(before.contains("Virtana (formerly Metricly) asks for a Cost and Usage Report (legacy)"), before);
        assertTrue(before.contains("unverified"), "Virtana and Data Exports is not verified");

        report("{\"layout\":\"C\",\"enableReports\":false,\"bucketField\":null,"
                + "\"reports\":{\"monthly\":false,\"detailed\":false,\"costAllocation\":false,\"detailedTags\":false}}");
        String seen = server.get("/").body();
        assertTrue(seen.contains("lists only “Monthly report” and “Cost allocation report”, the account is newer than "
                + "Detailed Billing Reports"), seen);

        report("{\"layout\":\"A\",\"reports\":{\"monthly\":true,\"detailed\":true}}");
        assertTrue(server.get("/").body().contains("receives them, so every path is open"));
    }

    @Test
    void a_data_export_is_led_through_the_create_page_with_the_table_s_labels() {
        session("data-exports");
        String page = server.get("/step/reports").body();
        assertWholePage(page);
        assertTrue(page.contains("Step 2: a Data Export into the bucket"), page);
        for (String target : new String[]{"export-type", "export-name", "include-resource-ids", "s3-prefix", "configure-bucket"}) {
            assertTrue(page.contains(">" + LABELS.exportTarget(ConsoleLabels.DATA_EXPORTS_CREATE, target) + "</strong>"), target);
        }
        for (String[] choice : new String[][]{{"export-type", "data-exports"}, {"export-table", "cur2"},
                {"export-table", "focus"}, {"time-granularity", "HOURLY"}, {"file-format", "TEXT_OR_CSV"},
                {"file-format", "PARQUET"}, {"file-versioning", "OVERWRITE_REPORT"}, {"file-versioning", "CREATE_NEW_REPORT"}}) {
            String label = LABELS.exportChoice(ConsoleLabels.DATA_EXPORTS_CREATE, choice[0], choice[1]);
            assertTrue(page.contains(">" + label + "</strong>"), label);
        }
        assertTrue(page.contains("id=\"panel-overwrite\"") && page.contains("removes the policy it had"), page);
        assertTrue(page.contains(LABELS.exportDialog(ConsoleLabels.DATA_EXPORTS_CREATE, "confirm")));
        assertTrue(page.contains("counts the same costs again"), "the duplicate data of Create new");
        assertTrue(page.contains("bcm-data-exports.amazonaws.com"), "the export's own policy");
        assertTrue(page.contains("id=\"panel-policy-check\""), "the paste-and-merge panel");
        assertTrue(page.contains("/data/BILLING_PERIOD=YYYY-MM/") && page.contains("-Manifest.json"), page);
        assertTrue(page.contains("within 24 hours"));
        assertFalse(page.contains("Receive Billing Reports"), "no Billing preferences steps");
    }

    @Test
    void a_legacy_cur_is_led_through_the_legacy_cur_export_and_the_older_page() {
        session("cur");
        String page = server.get("/step/reports").body();
        assertTrue(page.contains("Step 2: a Cost and Usage Report into the bucket"), page);
        assertTrue(page.contains("Under <strong class=\"ui\">" + LABELS.exportField(ConsoleLabels.DATA_EXPORTS_CREATE, "export-type")
                + "</strong>, choose <strong class=\"ui\">"
                + LABELS.exportChoice(ConsoleLabels.DATA_EXPORTS_CREATE, "export-type", "cur") + "</strong>"), page);
        assertTrue(page.contains(">" + LABELS.legacyExport("file-versioning") + "</strong>"));
        assertTrue(page.contains(">" + LABELS.exportChoice(ConsoleLabels.CUR_CREATE, "file-format", "GZIP") + "</strong>"));
        assertTrue(page.contains("older " + LABELS.exportNavigation(ConsoleLabels.CUR_CREATE, "page").replace("&", "&amp;")
                + " page?"), page);
        assertTrue(page.contains(">" + LABELS.exportTarget(ConsoleLabels.CUR_CREATE, "policy-confirm") + "</strong>"));
        assertTrue(page.contains("yyyymmdd-yyyymmdd/"), "the legacy CUR layout");
        assertTrue(page.contains("billingreports.amazonaws.com"), "the legacy CUR writer's policy");
    }

    @Test
    void what_the_extension_saw_on_the_export_pages_is_shown_against_the_advice() {
        session("data-exports");
        server.putJson("/api/v1/session", "{\"exportName\":\"cur2-hourly\",\"prefix\":\"billing\"}");
        HttpResponse<String> stored = report("{\"layout\":\"data-exports\",\"export\":{\"name\":\"cur2-hourly\","
                + "\"bucket\":\"Metricly-example\",\"prefix\":null,\"table\":\"cur2\",\"granularity\":\"HOURLY\","
                + "\"format\":\"PARQUET\",\"versioning\":\"CREATE_NEW_REPORT\",\"includeResourceIds\":false}}");
        assertEquals(200, stored.statusCode(), stored.body());
        String page = server.get("/step/reports").body();
        assertTrue(page.contains("The console has Parquet and hourly; tools read either format"), page);
        assertTrue(page.contains("The export name field holds yours, “cur2-hourly”"), page);
        assertTrue(page.contains("in letter case"), "the bucket field's case differs");
        assertTrue(page.contains("The prefix field is empty; it should hold “billing”"), page);
        assertTrue(page.contains("“Include resource IDs” is not ticked"), page);
        assertTrue(page.contains("“Create new data export file” is chosen"), page);

        report("{\"layout\":\"data-exports\",\"export\":{\"exports\":[{\"name\":\"cur2-hourly\",\"status\":\"Healthy\"},"
                + "{\"name\":\"old\",\"status\":\"Unhealthy\"},{\"name\":\"moved\",\"status\":\"Invalid bucket\"}]}}");
        String list = server.get("/step/reports").body();
        assertTrue(list.contains("The export “cur2-hourly” (yours) is Healthy"), list);
        assertTrue(list.contains("The export “old” is Unhealthy: its last delivery failed"), list);
        assertTrue(list.contains("The export “moved” shows Invalid bucket"), list);
        assertFalse(list.contains("The console has Parquet"), "the list page replaces what the form showed");
        assertFalse(list.contains("is not in the list yet"), list);

        report("{\"layout\":\"data-exports\",\"export\":{\"exports\":[{\"name\":\"old\",\"status\":\"Healthy\"}]}}");
        assertTrue(server.get("/step/reports").body().contains("Your export “cur2-hourly” is not in the list yet."));
    }

    @Test
    void the_name_and_prefix_are_checked_as_typed_refused_with_the_rule_and_stored_when_valid() {
        session("data-exports");
        HttpResponse<String> fragment = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                server.url("/step/reports/export/check?exportName=cur2%20hourly!&prefix=/billing/")))
                .header("HX-Request", "true").GET());
        assertFalse(fragment.body().contains("<html"), fragment.body());
        assertTrue(fragment.body().contains("data-rule=\"spaces\"") && fragment.body().contains("data-rule=\"console-characters\""),
                fragment.body());
        assertTrue(fragment.body().contains("data-rule=\"edge-slash\""), fragment.body());
        assertTrue(server.get("/step/reports/export/check?exportName=cur2-hourly&prefix=billing").body()
                .contains("AWS accepts both"), "without htmx the whole page carries the verdict");

        HttpResponse<String> refused = server.postForm("/step/reports/export",
                Map.of("exportName", "cur2 hourly", "prefix", "billing//aws"), Map.of());
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("cannot contain spaces") && refused.body().contains("data-rule=\"empty-folder\""),
                refused.body());
        assertTrue(refused.body().contains("value=\"cur2 hourly\""), "the typed name is kept");
        assertTrue(sessionJson().get("exportName").isNull(), "nothing stored");

        HttpResponse<String> saved = server.postForm("/step/reports/export",
                Map.of("exportName", "cur2-hourly", "prefix", "billing"), Map.of());
        assertEquals(303, saved.statusCode());
        assertEquals("cur2-hourly", sessionJson().get("exportName").asText());
        String page = server.get("/step/reports").body();
        assertTrue(page.contains("billing/cur2-hourly/data/BILLING_PERIOD=YYYY-MM/cur2-hourly-00001.csv.gz"), page);
        assertTrue(page.contains("enter <code>cur2-hourly</code>") && page.contains("enter <code>billing</code>"), page);
    }

    @Test
    void the_session_api_refuses_a_name_or_prefix_aws_would_refuse_and_says_which_rule() {
        session("cur");
        HttpResponse<String> refused = server.putJson("/api/v1/session",
                "{\"exportName\":\"cur#1\",\"prefix\":\"reports/\"}");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("A report name holds only letters, digits"), refused.body());
        assertTrue(refused.body().contains("Leave out the '/'"), refused.body());

        HttpResponse<String> forExports = server.putJson("/api/v1/session",
                "{\"report\":\"data-exports\",\"exportName\":\"cur.1\"}");
        assertEquals(422, forExports.statusCode(), "a '.' suits a legacy CUR, not the Data Exports console");
        assertEquals("cur", sessionJson().get("report").asText(), "all or nothing");

        HttpResponse<String> ok = server.putJson("/api/v1/session", "{\"exportName\":\"cur.1\",\"prefix\":\"reports\"}");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("cur.1", sessionJson().get("exportName").asText());
        assertEquals("reports", sessionJson().get("prefix").asText());
    }

    private JsonNode sessionJson() {
        return Json.parse(server.get("/api/v1/session").body());
    }

    private void session(String report) {
        HttpResponse<String> put = server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\",\"report\":\""
                + report + "\",\"account\":\"123456789012\"}");
        assertEquals(200, put.statusCode(), put.body());
    }

    private HttpResponse<String> report(String json) {
        return server.postJson("/api/v1/console", json);
    }

    private static void assertWholePage(String body) {
        assertTrue(body.startsWith("<!DOCTYPE html>") && body.contains("</html>"), body);
    }
}
