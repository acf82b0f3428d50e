package io.billingpilot.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsoleApiTest {
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
    void the_legacy_report_ticks_are_shown_back_as_the_contract_s_four_booleans() {
        HttpResponse<String> post = server.postJson("/api/v1/console",
                "{\"layout\":\"C\",\"enableReports\":true,\"bucketField\":\"metricly-example\","
                        + "\"reports\":{\"monthly\":true,\"costAllocation\":true}}");
        assertEquals(200, post.statusCode(), post.body());
        JsonNode reports = Json.parse(server.get("/api/v1/session").body()).get("console").get("reports");
        assertTrue(reports.get("monthly").booleanValue());
        assertFalse(reports.get("detailed").booleanValue());
        assertTrue(reports.get("costAllocation").booleanValue());
        assertFalse(reports.get("detailedTags").booleanValue());
    }

    @Test
    void a_data_exports_form_is_kept_under_export_and_survives_a_restart() {
        HttpResponse<String> post = server.postJson("/api/v1/console",
                "{\"layout\":\"data-exports\",\"export\":{\"name\":\"metricly-cur\",\"bucket\":\"Metricly-Example\","
                        + "\"prefix\":null,\"table\":\"cur2\",\"granularity\":\"HOURLY\",\"format\":\"PARQUET\","
                        + "\"versioning\":\"OVERWRITE_REPORT\",\"includeResourceIds\":true,"
                        + "\"exports\":[{\"name\":\"metricly-cur\",\"status\":\"healthy\"}]}}");
        assertEquals(200, post.statusCode(), post.body());
        server.restart();
        JsonNode console = Json.parse(server.get("/api/v1/session").body()).get("console");
        assertEquals("data-exports", console.get("layout").asText());
        JsonNode export = console.get("export");
        assertEquals("metricly-cur", export.get("name").asText());
        assertEquals("Metricly-Example", export.get("bucket").asText(), "kept as the page holds it");
        assertTrue(export.get("prefix").isNull());
        assertEquals("cur2", export.get("table").asText());
        assertEquals("hourly", export.get("granularity").asText(), "the export definition's own ids");
        assertEquals("parquet", export.get("format").asText());
        assertEquals("overwrite", export.get("versioning").asText());
        assertTrue(export.get("includeResourceIds").booleanValue());
        assertEquals("healthy", export.get("exports").get(0).get("status").asText());
    }

    @Test
    void a_choice_the_program_does_not_know_reads_as_unknown_but_a_wrong_type_is_refused() {
        HttpResponse<String> post = server.postJson("/api/v1/console",
                "{\"layout\":\"cur\",\"export\":{\"granularity\":\"Weekly\",\"format\":\"GZIP\","
                        + "\"exports\":[{\"name\":\"a\",\"status\":\"Invalid bucket\"}]}}");
        assertEquals(200, post.statusCode(), post.body());
        JsonNode export = Json.parse(post.body()).get("console").get("export");
        assertTrue(export.get("granularity").isNull(), post.body());
        assertEquals("csv-gzip", export.get("format").asText(), "the legacy CUR's GZIP is gzip-compressed CSV");
        assertEquals("invalidBucket", export.get("exports").get(0).get("status").asText(), "the list's label is read too");

        HttpResponse<String> refused = server.postJson("/api/v1/console",
                "{\"layout\":\"cur\",\"export\":{\"granularity\":7,\"includeResourceIds\":\"yes\"}}");
        assertEquals(422, refused.statusCode(), refused.body());
        JsonNode reasons = Json.parse(refused.body()).get("reasons");
        assertEquals(2, reasons.size(), refused.body());
        assertTrue(reasons.get(0).asText().contains("'export.granularity' must be a string"), refused.body());
        assertTrue(reasons.get(1).asText().contains("'export.includeResourceIds' must be true or false"), refused.body());
        assertEquals("csv-gzip", Json.parse(server.get("/api/v1/session").body()).get("console").get("export")
                .get("format").asText(), "the refused report stored nothing");
    }

    @Test
    void an_export_field_as_long_as_the_extension_sends_is_kept_and_a_longer_one_refused() {
        String kept = "n".repeat(1024);
        HttpResponse<String> post = server.postJson("/api/v1/console",
                "{\"layout\":\"data-exports\",\"export\":{\"name\":\"" + kept + "\"}}");
        assertEquals(200, post.statusCode(), post.body());
        assertEquals(kept, Json.parse(post.body()).get("console").get("export").get("name").asText());
        HttpResponse<String> refused = server.postJson("/api/v1/console",
                "{\"layout\":\"data-exports\",\"export\":{\"name\":\"" + kept + "n\"}}");
        assertEquals(422, refused.statusCode(), refused.body());
    }
}
