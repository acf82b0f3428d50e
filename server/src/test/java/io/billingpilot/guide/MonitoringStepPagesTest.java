package io.billingpilot.guide;

import io.billingpilot.json.Json;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The monitoring step over HTTP, for each tool profile. */
class MonitoringStepPagesTest {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void session(String json) {
        HttpResponse<String> put = server.putJson("/api/v1/session", json);
        assertEquals(200, put.statusCode(), put.body());
    }

    private HttpResponse<String> saveTool(String tool, String account, String externalId) {
        return server.postForm("/step/monitoring/tool", Map.of("tool", tool, "toolAccount", account,
                "externalId", externalId), Map.of());
    }

    @Test
    void virtana_is_offered_for_a_data_export_with_its_unverified_account_and_cost_explorer() {
        session("{\"bucket\":\"billing-reports\",\"report\":\"data-exports\",\"account\":\"123456789012\","
                + "\"exportName\":\"BillingExport\",\"prefix\":\"exports\"}");
        String page = server.get("/step/monitoring").body();
        assertTrue(page.contains("hand the bucket to Virtana"), page);
        assertTrue(page.contains("value=\"virtana\" checked"), page);
        assertTrue(page.contains("unverified"), page);
        assertTrue(page.contains("<strong class=\"ui\">IAM Role ARN</strong>"), page);
        assertTrue(page.contains("<code id=\"prefix-value\">exports</code>"), page);
        assertTrue(page.contains("<code id=\"export-name-value\">BillingExport</code>"), page);
        assertTrue(page.contains("id=\"trust-policy-missing\""), "no account yet, so no trust policy");
        assertTrue(page.contains("ce:Get*") && page.contains("arn:aws:s3:::billing-reports/exports/*"), page);
        assertTrue(page.contains("<strong class=\"ui\">Custom trust policy</strong>"), page);
        assertTrue(page.contains("href=\"/api/v1/export-iac?format=cloudformation&amp;bucket=billing-reports"), page);
    }

    @Test
    void saving_the_account_and_external_id_shows_the_trust_policy_and_feeds_the_downloads() {
        session("{\"bucket\":\"billing-reports\",\"report\":\"cur\",\"account\":\"123456789012\",\"prefix\":\"cur\"}");
        HttpResponse<String> saved = saveTool("virtana", "1234-5678-9013", "vt-ext-42");
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals("/step/monitoring#panel-role", saved.headers().firstValue("Location").orElse(""));
        assertEquals("{\"tool\":\"virtana\",\"toolAccount\":\"123456789013\",\"externalId\":\"vt-ext-42\",\"kmsKey\":null}",
                Json.compact(Json.parse(server.get("/api/v1/session").body()).get("handOff")));
        server.restart();
        String page = server.get("/step/monitoring").body();
        assertTrue(page.contains("id=\"trust-policy-json\""), "the hand-off survives a restart: " + page);
        assertTrue(page.contains("arn:aws:iam::123456789013:root") && page.contains("vt-ext-42"), page);
        Matcher terraform = Pattern.compile("href=\"(/api/v1/export-iac\\?format=terraform[^\"]*)\"").matcher(page);
        assertTrue(terraform.find(), page);
        HttpResponse<String> download = server.get(terraform.group(1).replace("&amp;", "&"));
        assertEquals(200, download.statusCode(), download.body());
        assertTrue(download.body().contains("resource \"aws_cur_report_definition\" \"reports\"")
                && download.body().contains("\"vt-ext-42\"") && download.body().contains("\"123456789013\""),
                download.body());
    }

    @Test
    void metricly_keeps_the_detailed_billing_path_with_its_published_account() {
        session("{\"bucket\":\"metricly-example\",\"report\":\"dbr\"}");
        String page = server.get("/step/monitoring").body();
        assertTrue(page.contains("value=\"metricly\" checked"), page);
        assertTrue(page.contains("value=\"270852171095\""), page);
        assertTrue(page.contains("<strong class=\"ui\">Detailed Billing</strong>"), page);
        assertFalse(page.contains("ce:Get*"), page);
        saveTool("metricly", "", "metricly-ext");
        String withId = server.get("/step/monitoring").body();
        assertTrue(withId.contains("arn:aws:iam::270852171095:root"), withId);
    }

    @Test
    void another_tool_reads_only_the_files() {
        session("{\"bucket\":\"billing-reports\",\"report\":\"data-exports\",\"account\":\"123456789012\"}");
        saveTool("custom", "123456789013", "abc-123");
        String page = server.get("/step/monitoring").body();
        assertTrue(page.contains("hand the bucket to Another tool"), page);
        assertFalse(page.contains("ce:Get*") || page.contains("bcm-data-exports:GetExport"), page);
        assertTrue(page.contains("s3:GetObject"), page);
    }

    @Test
    void a_bad_account_external_id_or_tool_is_named_in_a_422_page_that_keeps_the_typing() {
        session("{\"bucket\":\"billing-reports\",\"report\":\"cur\",\"account\":\"123456789012\"}");
        HttpResponse<String> refused = saveTool("virtana", "12", "bad id!");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("&#x27;12&#x27;") || refused.body().contains("'12'"), refused.body());
        assertTrue(refused.body().contains("External ID"), refused.body());
        assertTrue(refused.body().contains("value=\"bad id!\""), refused.body());
        HttpResponse<String> unknown = saveTool("<script>", "123456789013", "ok-id");
        assertEquals(422, unknown.statusCode());
        assertFalse(unknown.body().contains("<script>"), "the tool id is escaped");
        assertEquals("null", Json.compact(Json.parse(server.get("/api/v1/session").body()).get("handOff")));
    }

    @Test
    void a_kms_key_adds_decrypt_on_that_key_and_a_malformed_one_is_refused() {
        session("{\"bucket\":\"billing-reports\",\"report\":\"cur\",\"account\":\"123456789012\"}");
        String key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        HttpResponse<String> saved = server.postForm("/step/monitoring/tool", Map.of("tool", "virtana",
                "toolAccount", "123456789013", "externalId", "ext-1", "kmsKey", key), Map.of());
        assertEquals(303, saved.statusCode(), saved.body());
        String page = server.get("/step/monitoring").body();
        assertTrue(page.contains("kms:Decrypt") && page.contains(key), page);
        HttpResponse<String> refused = server.postForm("/step/monitoring/tool", Map.of("tool", "virtana",
                "toolAccount", "123456789013", "externalId", "ext-1", "kmsKey", "alias/billing"), Map.of());
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("an alias will not do"), refused.body());
    }

    @Test
    void the_downloads_wait_for_the_payer_account() {
        session("{\"bucket\":\"billing-reports\",\"report\":\"data-exports\"}");
        String page = server.get("/step/monitoring").body();
        assertFalse(page.contains("/api/v1/export-iac"), page);
        assertTrue(page.contains("names your payer account"), page);
    }
}
