package io.billingpilot.guide;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.guide.model.Step;
import io.billingpilot.json.Json;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guide's pages over plain HTTP: whole pages or fragments, forms, redirects and headers. */
class GuidePagesTest {
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
    void every_step_is_a_whole_page_with_its_own_step_marked_in_the_progress_bar() {
        for (Step step : Step.values()) {
            HttpResponse<String> page = server.get(step.path());
            assertEquals(200, page.statusCode(), step.path());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertWholePage(page.body());
            assertTrue(page.body().contains("<a href=\"" + step.path() + "\" aria-current=\"step\">"), step.path());
            assertEquals(1, count(page.body(), "aria-current=\"step\""), step.path());
        }
    }

    @Test
    void the_name_check_answers_htmx_with_a_fragment_and_everyone_else_with_the_whole_page() {
        String path = "/step/bucket/check?bucket=Metricly_Example";
        HttpResponse<String> fragment = get(path, Map.of("HX-Request", "true"));
        assertFalse(fragment.body().contains("<html"), fragment.body());
        assertTrue(fragment.body().contains("data-rule=\"uppercase\""), fragment.body());
        assertTrue(fragment.body().contains("data-rule=\"characters\""), fragment.body());

        HttpResponse<String> page = get(path, Map.of());
        assertWholePage(page.body());
        assertTrue(page.body().contains("data-rule=\"uppercase\""));

        for (HttpResponse<String> answer : List.of(fragment, page)) {
            assertEquals("HX-Request", answer.headers().firstValue("Vary").orElse(""));
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        }
    }

    @Test
    void a_history_restore_gets_the_whole_page_even_though_htmx_asks() {
        HttpResponse<String> restore = get("/step/bucket/check?bucket=metricly-example",
                Map.of("HX-Request", "true", "HX-History-Restore-Request", "true"));
        assertWholePage(restore.body());
    }

    @Test
    void a_valid_bucket_is_stored_and_answered_with_a_redirect_to_the_reports_step() {
        HttpResponse<String> answer = postForm("/step/bucket", Map.of("bucket", "metricly-example", "region", "eu-west-1"));
        assertEquals(303, answer.statusCode());
        assertEquals("/step/reports", answer.headers().firstValue("Location").orElse(""));
        JsonNode session = session();
        assertEquals("metricly-example", session.get("bucket").asText());
        assertEquals("eu-west-1", session.get("region").asText());
        assertTrue(session.get("stepsDone").toString().contains("bucket"));
    }

    @Test
    void an_invalid_bucket_gets_the_page_back_with_every_reason_and_nothing_is_stored() {
        HttpResponse<String> answer = postForm("/step/bucket", Map.of("bucket", "xn--Bad..name-s3alias", "region", "us-east-1"));
        assertEquals(422, answer.statusCode());
        assertWholePage(answer.body());
        for (String rule : List.of("uppercase", "adjacent-periods", "reserved-prefix", "reserved-suffix")) {
            assertTrue(answer.body().contains("data-rule=\"" + rule + "\""), rule);
        }
        assertTrue(answer.body().contains("value=\"xn--Bad..name-s3alias\""), "the typed name stays in the field");
        assertTrue(session().get("bucket").isNull());
    }

    @Test
    void the_start_page_sends_a_bucket_that_already_receives_files_straight_to_metricly() {
        HttpResponse<String> answer = postForm("/", Map.of("situation", "receiving", "report", "dbr"));
        assertEquals("/step/monitoring", answer.headers().firstValue("Location").orElse(""));
        postForm("/step/monitoring/bucket", Map.of("bucket", "acme-billing"));
        assertEquals("acme-billing", session().get("bucket").asText());
        assertTrue(server.get("/step/monitoring").body().contains("arn:aws:s3:::acme-billing/*"));
    }

    @Test
    void the_reports_step_follows_the_console_the_extension_reported() {
        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\"}");
        postForm("/step/reports/layout", Map.of("layout", "A"));
        server.postJson("/api/v1/console", "{\"layout\":\"B\",\"enableReports\":true,\"bucketField\":\"Metricly-Example\","
                + "\"reports\":{\"monthly\":true,\"detailed\":true,\"costAllocation\":true,\"detailedTags\":false}}");

        String page = server.get("/step/reports").body();
        assertTrue(page.contains("The extension sees layout B"), "the extension's layout wins over the admin's choice");
        assertTrue(page.contains("The console shows 3 of 4 reports ticked."));
        assertTrue(page.contains("in letter case"));
        assertTrue(page.contains("id=\"panel-overwrite\""), "layout B's dialog overwrites the bucket policy");
        assertTrue(page.contains("Turn on the legacy Detailed Billing Reports feature"));
    }

    @Test
    void the_admin_s_layout_choice_is_stored_and_an_unknown_one_is_refused() {
        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\"}");
        assertEquals(303, postForm("/step/reports/layout", Map.of("layout", "A")).statusCode());
        String page = server.get("/step/reports").body();
        assertTrue(page.contains("Receive Billing Reports"));
        assertFalse(page.contains("id=\"panel-overwrite\""), "layout A has no dialog that overwrites the policy");

        HttpResponse<String> refused = postForm("/step/reports/layout", Map.of("layout", "Z"));
        assertEquals(422, refused.statusCode());
        assertEquals("A", session().get("layout").asText());
    }

    @Test
    void for_a_cost_and_usage_report_the_payer_account_is_asked_for_and_checked() {
        postForm("/", Map.of("situation", "new-bucket", "report", "cur"));
        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\"}");
        assertTrue(server.get("/step/reports").body().contains("Payer account id"));

        HttpResponse<String> refused = postForm("/step/reports/account", Map.of("account", "12345"));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("not a 12-digit AWS account id"));
        assertTrue(session().get("account").isNull());

        assertEquals(303, postForm("/step/reports/account", Map.of("account", "1234-5678-9012")).statusCode());
        assertEquals("123456789012", session().get("account").asText());
        HttpResponse<String> page = server.get("/step/reports");
        assertEquals(200, page.statusCode(), "a policy the generator cannot make yet is a message, not a failure");
        assertTrue(page.body().contains("id=\"panel-policy\""));
    }

    @Test
    void the_policy_download_is_an_attachment_equal_to_the_api_s_policy() {
        HttpResponse<String> file = server.get("/guide/policy.json?bucket=metricly-example&report=dbr&partition=aws");
        assertEquals(200, file.statusCode());
        assertEquals("attachment; filename=\"bucket-policy-metricly-example.json\"",
                file.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(Json.parse(server.get("/api/v1/policy?bucket=metricly-example").body()), Json.parse(file.body()));

        assertEquals(422, server.get("/guide/policy.json?bucket=Bad_Name").statusCode());
    }

    @Test
    void steps_done_are_recorded_by_posts_and_shown_in_the_progress_bar() {
        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\"}");
        assertEquals("/step/delivery", postForm("/step/reports", Map.of()).headers().firstValue("Location").orElse(""));
        postForm("/step/monitoring", Map.of());
        assertEquals("[\"reports\",\"monitoring\"]", session().get("stepsDone").toString());
        assertTrue(server.get("/").body().contains("<li class=\"done\"><a href=\"/step/reports\">"));
    }

    @Test
    void a_hand_edited_session_with_unknown_values_still_shows_every_page() throws Exception {
        java.nio.file.Files.writeString(server.stateDir().resolve("session.json"),
                "{\"bucket\":\"metricly-example\",\"report\":\"bogus\",\"situation\":\"martian\",\"layout\":\"Q\"}");
        server.restart();
        for (Step step : Step.values()) {
            HttpResponse<String> page = server.get(step.path());
            assertEquals(200, page.statusCode(), step.path() + ": " + page.body());
            assertWholePage(page.body());
        }
    }

    @Test
    void an_unknown_address_gets_a_short_page_that_names_it_without_javalin_s_wording() {
        HttpResponse<String> missing = server.get("/step/nowhere");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("There is no page at /step/nowhere."), missing.body());
        assertFalse(missing.body().contains("Endpoint GET"), missing.body());
    }

    @Test
    void the_scripts_and_the_stylesheet_the_pages_load_are_served() {
        for (String asset : List.of("/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/assets/guide.js", "/assets/guide.css")) {
            assertEquals(200, server.get(asset).statusCode(), asset);
            assertTrue(server.get("/").body().contains("\"" + asset + "\""), asset + " is linked from the pages");
        }
    }

    private static void assertWholePage(String body) {
        assertTrue(body.startsWith("<!DOCTYPE html>"), body);
        assertEquals(1, count(body, "<header class=\"site-header\">"), body);
        assertEquals(1, count(body, "<nav class=\"progress\""), body);
        assertEquals(1, count(body, "<h1"), body);
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    private JsonNode session() {
        return Json.parse(server.get("/api/v1/session").body());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        headers.forEach(request::header);
        return server.send(request);
    }

    /** A form as the guide's own page posts it (its Origin is the server's). */
    private HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return server.postForm(path, fields, Map.of());
    }
}
