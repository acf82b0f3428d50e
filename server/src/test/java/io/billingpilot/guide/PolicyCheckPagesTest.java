package io.billingpilot.guide;

import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import io.billingpilot.state.SessionStore;
import io.billingpilot.support.Fixtures;
import io.billingpilot.support.RawHttp;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Step 2's policy check over plain HTTP: the form's page, htmx's fragment, the size limit; nothing stored. */
class PolicyCheckPagesTest {
    private static final String PATH = GuidePaths.POLICY_CHECK;
    private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\"}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_posted_form_gets_the_whole_step_back_with_the_findings_and_the_merge_and_stores_nothing() throws IOException {
        String sessionFile = Files.readString(server.stateDir().resolve(SessionStore.FILE_NAME));
        HttpResponse<String> page = server.postForm(PATH, Map.of("policy", Fixtures.policy("other-statement")), Map.of());

        assertEquals(200, page.statusCode(), "answered in place: the pasted text must not go into a redirect's URL");
        assertTrue(page.body().startsWith("<!DOCTYPE html>"), page.body());
        assertTrue(page.body().contains("<h1 tabindex=\"-1\">Step 2"), page.body());
        assertTrue(page.body().contains("AWS cannot deliver the reports under this policy"), page.body());
        assertTrue(page.body().contains("id=\"merged-policy-json\""), page.body());
        String field = page.body().substring(page.body().indexOf("<textarea"), page.body().indexOf("</textarea>"));
        assertTrue(field.contains("&quot;Sid&quot;: &quot;MetriclyReads&quot;"), "the pasted text is in the box again: " + field);
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(sessionFile, Files.readString(server.stateDir().resolve(SessionStore.FILE_NAME)));
    }

    @Test
    void htmx_gets_only_the_findings_and_the_merged_policy() {
        HttpResponse<String> fragment = server.postForm(PATH, Map.of("policy", Fixtures.policy("prefix-only")), HTMX);
        assertEquals(200, fragment.statusCode());
        assertFalse(fragment.body().contains("<html"), fragment.body());
        assertTrue(fragment.body().contains("data-code=\"put-object-prefix-only\""), fragment.body());
        assertTrue(fragment.body().contains("hx-swap-oob=\"true\""), fragment.body());
        assertTrue(fragment.headers().allValues("Vary").contains("HX-Request"));
    }

    @Test
    void text_beyond_the_request_limit_gets_a_clear_message_in_the_page_and_in_the_fragment() {
        String huge = "{\"Statement\": \"" + "x".repeat(70_000) + "\"}";
        for (Map<String, String> headers : java.util.List.of(HTMX, Map.<String, String>of())) {
            HttpResponse<String> answer = server.postForm(PATH, Map.of("policy", huge), headers);
            assertEquals(422, answer.statusCode(), headers.toString());
            assertTrue(answer.body().contains("The pasted text is larger than 64 KiB"), answer.body());
            assertFalse(answer.body().contains("xxxxxxxx"), "the text is not read, so not shown back");
        }
    }

    @Test
    void a_policy_near_the_limit_of_s3_fits_in_the_form() {
        // About 20 KB of policy grows by a third or more when a form encodes it; it must still be read.
        StringBuilder statements = new StringBuilder();
        for (int i = 0; statements.length() < 19_000; i++) {
            statements.append(i == 0 ? "" : ",\n    ").append("{\"Sid\": \"Read").append(i).append("\", \"Effect\": \"Allow\", ")
                    .append("\"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:role/reader\"}, ")
                    .append("\"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::metricly-example/r").append(i).append("/*\"}");
        }
        String policy = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    " + statements + "\n  ]\n}";
        HttpResponse<String> fragment = server.postForm(PATH, Map.of("policy", policy), HTMX);
        assertEquals(200, fragment.statusCode(), fragment.body());
        assertTrue(fragment.body().contains("id=\"merged-policy-json\""), fragment.body());
        assertTrue(policy.getBytes(StandardCharsets.UTF_8).length > 19_000);
    }

    @Test
    void a_get_on_the_form_s_address_leads_to_the_step() {
        RawHttp.Response response = RawHttp.get(server.port(), PATH, Map.of());
        assertEquals(303, response.status());
        assertTrue(response.headers().toLowerCase().contains("location: /step/reports#panel-policy-check"), response.headers());
    }
}
