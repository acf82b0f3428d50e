package io.billingpilot.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import io.billingpilot.support.ManifestExtensionId;
import io.billingpilot.support.RawHttp;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may write what: a page on another site or another extension must not be able to change the
 * session, report a console state or act on AWS; the guide and its own extension can.
 */
class CrossOriginWriteTest {
    private static final byte[] SESSION_BODY = "{\"bucket\":\"attacker-bucket\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CONSOLE_BODY = "{\"layout\":\"A\",\"bucketField\":\"attacker-bucket\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] APPLY_BODY = ("{\"bucket\":\"attacker-bucket\",\"confirm\":true,\"expectedSha256\":"
            + "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"}").getBytes(StandardCharsets.UTF_8);
    private static final String FIREFOX = "moz-extension://0b3e3c1a-8f4e-4a8e-9f50-1c2d3e4f5a6b";

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\"}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example", "null", "https://127.0.0.1:PORT", "http://127.0.0.1:1",
            "http://localhost:PORT.evil.example", "chrome-extension://", "chrome-extension://abcdefghijklmnopabcdefghijklmnop",
            "file://", "http://127.0.0.1", "moz-extension://"})
    void a_write_from_a_foreign_origin_or_another_chromium_extension_is_refused_and_changes_nothing(String origin) {
        String value = origin.replace("PORT", String.valueOf(server.port()));
        for (String[] call : new String[][]{{"PUT", "/api/v1/session"}, {"POST", "/api/v1/console"}}) {
            RawHttp.Response response = RawHttp.send(server.port(), call[0], call[1],
                    Map.of("Origin", value, "Content-Type", "application/json"),
                    call[1].endsWith("session") ? SESSION_BODY : CONSOLE_BODY);
            assertEquals(403, response.status(), call[0] + " " + call[1] + " from " + value);
            assertTrue(response.body().contains("only from billing-pilot"), response.body());
        }
        assertSessionUntouched();
    }

    @Test
    void a_cross_site_or_same_site_write_without_origin_is_refused() {
        for (String site : new String[]{"cross-site", "same-site"}) {
            RawHttp.Response response = RawHttp.send(server.port(), "PUT", "/api/v1/session",
                    Map.of("Sec-Fetch-Site", site, "Content-Type", "application/json"), SESSION_BODY);
            assertEquals(403, response.status(), site);
        }
        assertSessionUntouched();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:PORT", "http://localhost:PORT", "http://[::1]:PORT", "OWN_EXTENSION", FIREFOX})
    void console_reports_from_its_own_pages_and_its_extension_are_accepted(String origin) {
        String value = origin.replace("PORT", String.valueOf(server.port()))
                .replace("OWN_EXTENSION", ManifestExtensionId.origin());
        RawHttp.Response response = RawHttp.send(server.port(), "POST", "/api/v1/console", json(value), CONSOLE_BODY);
        assertEquals(200, response.status(), response.body());
        JsonNode session = Json.parse(server.get("/api/v1/session").body());
        assertEquals("attacker-bucket", session.get("console").get("bucketField").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"OWN_EXTENSION", FIREFOX})
    void the_extension_may_ask_for_policies(String origin) {
        String value = origin.replace("OWN_EXTENSION", ManifestExtensionId.origin());
        RawHttp.Response merge = RawHttp.send(server.port(), "POST", "/api/v1/policy/merge", json(value),
                "{\"bucket\":\"metricly-example\",\"policy\":null}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, merge.status(), merge.body());
        assertTrue(Json.parse(merge.body()).get("merged").has("Statement"), merge.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"OWN_EXTENSION", FIREFOX})
    void the_extension_may_not_change_the_session(String origin) {
        String value = origin.replace("OWN_EXTENSION", ManifestExtensionId.origin());
        RawHttp.Response response = RawHttp.send(server.port(), "PUT", "/api/v1/session", json(value), SESSION_BODY);
        assertEquals(403, response.status(), response.body());
        assertSessionUntouched();
    }

    @ParameterizedTest
    @ValueSource(strings = {"chrome-extension://someunrelatedidsomeunrelatedidab", "OWN_EXTENSION", FIREFOX,
            "http://evil.example", "null"})
    void no_extension_and_no_other_origin_may_act_on_aws(String origin) {
        String value = origin.replace("OWN_EXTENSION", ManifestExtensionId.origin());
        for (String path : new String[]{"/api/v1/actions/apply-policy", "/api/v1/actions/create-bucket"}) {
            RawHttp.Response response = RawHttp.send(server.port(), "POST", path, json(value), APPLY_BODY);
            assertEquals(403, response.status(), path + " from " + value + ": " + response.body());
            assertTrue(response.body().contains("Changes to AWS are made only from"), response.body());
        }
        for (String path : new String[]{"/step/bucket/create", "/step/reports/apply-policy/confirm"}) {
            RawHttp.Response response = RawHttp.send(server.port(), "POST", path,
                    Map.of("Origin", value, "Content-Type", "application/x-www-form-urlencoded"),
                    "confirm=yes&sha256=e3b0".getBytes(StandardCharsets.UTF_8));
            assertEquals(403, response.status(), path + " from " + value);
            assertTrue(response.headers().toLowerCase().contains("content-type: text/html"), "the guide's error page");
        }
    }

    @Test
    void an_aws_action_from_a_browser_without_origin_is_refused_but_a_script_is_not() {
        RawHttp.Response browser = RawHttp.send(server.port(), "POST", "/api/v1/actions/create-bucket",
                Map.of("Sec-Fetch-Site", "none", "Content-Type", "application/json"),
                "{\"bucket\":\"metricly-example\",\"region\":\"eu-west-1\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(403, browser.status(), browser.body());
        RawHttp.Response script = RawHttp.send(server.port(), "POST", "/api/v1/actions/create-bucket",
                Map.of("Content-Type", "application/json"),
                "{\"bucket\":\"metricly-example\",\"region\":\"eu-west-1\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, script.status(), script.body());
        assertEquals(false, Json.parse(script.body()).get("applied").booleanValue(), "only a plan without confirm");
    }

    @Test
    void the_guide_may_act_on_aws_from_its_own_pages() {
        RawHttp.Response response = RawHttp.send(server.port(), "POST", "/step/bucket/create",
                Map.of("Origin", "http://127.0.0.1:" + server.port(), "Sec-Fetch-Site", "same-origin",
                        "Content-Type", "application/x-www-form-urlencoded"), new byte[0]);
        assertNotEquals(403, response.status(), response.body());
        assertEquals(2, response.status() / 100, response.body());
    }

    @Test
    void json_writes_need_the_json_content_type() {
        for (String type : new String[]{"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
            Map<String, String> headers = new HashMap<>();
            headers.put("Origin", "http://127.0.0.1:" + server.port());
            headers.put("Content-Type", type);
            RawHttp.Response response = RawHttp.send(server.port(), "PUT", "/api/v1/session", headers, SESSION_BODY);
            assertEquals(415, response.status(), type + ": " + response.body());
            assertTrue(Json.parse(response.body()).get("error").asText().contains("application/json"), response.body());
        }
        assertSessionUntouched();
    }

    private static Map<String, String> json(String origin) {
        return Map.of("Origin", origin, "Content-Type", "application/json");
    }

    private void assertSessionUntouched() {
        JsonNode session = Json.parse(server.get("/api/v1/session").body());
        assertEquals("metricly-example", session.get("bucket").asText());
        assertTrue(session.get("console").isNull(), "console state must not be set by a refused write");
    }
}
